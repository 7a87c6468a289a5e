/**
 * Facts per unit (单位事实) that the rubric declares for its gates and vetoes, and the figures of rate items
 * (实际完成数, 下达任务数), recorded by organisers with their basis. Other modules use it as the named interface
 * {@code facts}; its repositories in {@code internal} stay inside.
 */
@NamedInterface("facts")
package com.qinglian.ledger.facts;

import org.springframework.modulith.NamedInterface;
