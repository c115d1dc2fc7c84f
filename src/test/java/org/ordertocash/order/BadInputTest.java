package org.ordertocash.order;

import org.ordertocash.support.AppTest;

/** {@link BadInputCases} on the embedded H2 database. */
@AppTest
class BadInputTest extends BadInputCases {}
