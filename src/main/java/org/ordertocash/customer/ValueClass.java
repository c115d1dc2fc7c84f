package org.ordertocash.customer;

/** Customer value class: A are the most valuable accounts, C the least. */
public enum ValueClass { A, B, C }
