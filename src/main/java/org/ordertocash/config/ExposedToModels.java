package org.ordertocash.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean whose methods BPMN and DMN expressions may call, e.g.
 * {@code ${orderSummaries.markdown(orderNumber)}}. Delegates and listeners need no mark: models
 * use them whole ({@code ${reserveStockDelegate}}). Any other bean is invisible to models
 * (see docs/adr/0002-models-change-the-business-not-code.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExposedToModels {}
