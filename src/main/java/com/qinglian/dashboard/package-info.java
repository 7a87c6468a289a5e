/**
 * Start pages for every role and the dashboards (campaign, across years): a read model over the other
 * modules' tables, every figure a grouped SQL aggregate, every chart with its table and Excel export.
 */
package com.qinglian.dashboard;
