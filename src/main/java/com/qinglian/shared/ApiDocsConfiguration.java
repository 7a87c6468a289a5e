package com.qinglian.shared;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI description at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    @Bean
    OpenAPI qinglianOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Qinglian 清廉机关(站所)建设评价 API")
                        .version("v1")
                        .description("Rubrics, campaigns, scores and results of the clean-agency evaluation."));
    }
}
