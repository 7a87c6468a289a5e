package com.qinglian;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The pure core stays pure; controllers stay in web packages. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.qinglian");

    @Test
    void scoringAndRubricModelDoNotDependOnSpringJdbcOrTheWeb() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "com.qinglian.scoring",
                        "com.qinglian.rubric",
                        "com.qinglian.rubric.internal.excel",
                        "com.qinglian.rubric.internal.yaml")
                .and()
                .doNotHaveSimpleName("RubricCatalog")
                .and()
                .doNotHaveSimpleName("RubricDrafts")
                .and()
                .doNotHaveSimpleName("RubricNotFoundException")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should()
                .resideInAPackage("..web..")
                .check(CLASSES);
    }
}
