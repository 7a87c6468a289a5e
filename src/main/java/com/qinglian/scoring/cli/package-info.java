/**
 * The offline scoring command line; exposed to the application's entry point, which starts it
 * instead of the server when the first argument is {@code score}.
 */
@NamedInterface("cli")
package com.qinglian.scoring.cli;

import org.springframework.modulith.NamedInterface;
