package io.trustbench.awsiot.emulator.internal.api;

/** One resource family of the REST API (certificates, policies, …) adding its routes. */
public interface ApiFamily {

	void register(Router router);
}
