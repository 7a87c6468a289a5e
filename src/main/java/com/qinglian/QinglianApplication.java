package com.qinglian;

import com.qinglian.audit.VerifyAuditCommand;
import com.qinglian.demo.GenerateCommand;
import com.qinglian.evidence.MoveEvidenceCommand;
import com.qinglian.scoring.cli.ScoringCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Qinglian (清廉): the clean-agency evaluation system. */
@SpringBootApplication
public class QinglianApplication {

    public static void main(String[] args) {
        if (args.length > 0 && VerifyAuditCommand.NAME.equals(args[0])) {
            System.exit(VerifyAuditCommand.run(args));
        }
        if (args.length > 0 && MoveEvidenceCommand.NAME.equals(args[0])) {
            System.exit(MoveEvidenceCommand.run(args));
        }
        if (args.length > 0 && GenerateCommand.NAME.equals(args[0])) {
            System.exit(GenerateCommand.run(QinglianApplication.class, args));
        }
        if (args.length > 0 && args[0].equals("score")) {
            // the offline scorer needs no server: start no Spring context
            System.exit(ScoringCli.run(args, System.out, System.err));
        }
        SpringApplication.run(QinglianApplication.class, args);
    }
}
