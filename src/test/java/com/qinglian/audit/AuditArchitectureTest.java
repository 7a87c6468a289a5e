package com.qinglian.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.qinglian.audit.internal.AuditChainVerifier;
import com.qinglian.audit.internal.AuditEntry;
import com.qinglian.audit.internal.ChainHead;
import com.qinglian.audit.internal.ChainSource;
import com.qinglian.audit.internal.ChainVerification;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The chain and its verifier stay free of Spring and JDBC, so they can be read and reimplemented on their own. */
class AuditArchitectureTest {

    private static final JavaClasses CHAIN = new ClassFileImporter()
            .importClasses(
                    AuditEntry.class,
                    ChainHead.class,
                    ChainSource.class,
                    ChainVerification.class,
                    ChainVerification.Problem.class,
                    AuditChainVerifier.class);

    @Test
    void theChainAndItsVerifierUseNeitherSpringNorJdbc() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..")
                .check(CHAIN);
    }
}
