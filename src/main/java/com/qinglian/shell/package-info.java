/**
 * The page frame around every page: the side menu grouped by task with only what the signed-in role may
 * open, the top bar (user, role, current campaign), breadcrumbs, and the answers for unknown paths and
 * oversized uploads. Nothing depends on it but the templates.
 */
package com.qinglian.shell;
