package com.qinglian.rubric.internal;

import com.qinglian.rubric.BuiltInRubrics;
import com.qinglian.rubric.Rubric;
import com.qinglian.rubric.RubricCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Puts the built-in rubrics into an empty (or older) database at start-up. */
@Component
@Order(0)
class BuiltInRubricInstaller implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuiltInRubricInstaller.class);

    private final RubricCatalog catalog;

    BuiltInRubricInstaller(RubricCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Rubric rubric : BuiltInRubrics.all()) {
            if (catalog.installBuiltIn(rubric)) {
                log.info(
                        "Installed built-in rubric {}/{} ({} items)",
                        rubric.code(),
                        rubric.version(),
                        rubric.items().size());
            }
        }
    }
}
