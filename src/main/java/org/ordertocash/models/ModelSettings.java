package org.ordertocash.models;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ordertocash.models.*}: {@code startup-replaces-newer-versions} lets a start-up deploy a
 * changed model from the repository even though a process owner deployed a newer version of it
 * since the app's last deployment (off: the process owner's version stays, see ProcessModelDeployer).
 */
@ConfigurationProperties("ordertocash.models")
public record ModelSettings(boolean startupReplacesNewerVersions) {}
