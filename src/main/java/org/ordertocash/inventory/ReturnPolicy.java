package org.ordertocash.inventory;

/** How long a product can be returned: its category and the category's window in days after delivery. */
public record ReturnPolicy(String sku, String category, int returnWindowDays) {}
