package com.qinglian;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Qinglian (清廉): the clean-agency evaluation system. */
@SpringBootApplication
public class QinglianApplication {

    public static void main(String[] args) {
        SpringApplication.run(QinglianApplication.class, args);
    }
}
