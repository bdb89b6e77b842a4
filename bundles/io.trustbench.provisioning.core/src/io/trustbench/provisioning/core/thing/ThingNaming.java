package io.trustbench.provisioning.core.thing;

import java.security.cert.X509Certificate;

/**
 * How the cloud will name the thing of a certificate: the flow stores the same name in the thing
 * (slot 8) because the thing uses it as its MQTT client id and the policy checks it.
 */
@FunctionalInterface
public interface ThingNaming {

	/** @throws IllegalArgumentException with a one-line reason when the certificate cannot give a usable name */
	String nameFor(X509Certificate certificate, String certificateId);
}
