package io.trustbench.awsiot.emulator.internal.registry;

/** Told when a certificate stops being usable, so live MQTT connections using it can be closed. */
@FunctionalInterface
public interface CertificateListener {

	void certificateDisabled(String certificateId, String newStatus);
}
