package com.qinglian.audit.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily audit checkpoint. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditSchedulingConfiguration {}
