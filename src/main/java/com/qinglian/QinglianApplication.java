package com.qinglian;

import com.qinglian.audit.VerifyAuditCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Qinglian (清廉): the clean-agency evaluation system. */
@SpringBootApplication
public class QinglianApplication {

    public static void main(String[] args) {
        if (args.length > 0 && VerifyAuditCommand.NAME.equals(args[0])) {
            System.exit(VerifyAuditCommand.run(args));
        }
        SpringApplication.run(QinglianApplication.class, args);
    }
}
