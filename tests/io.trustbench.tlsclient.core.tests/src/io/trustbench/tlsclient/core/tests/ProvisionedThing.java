package io.trustbench.tlsclient.core.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.tlsclient.core.DeviceIdentity;
import io.trustbench.tlsclient.core.TlsClientOptions;
import io.trustbench.tlsclient.core.thing.ThingCertificates;

/** A provisioned emulated thing (open), its rebuilt identity and the client-side root CA file. */
final class ProvisionedThing implements AutoCloseable {

	final TestDevices devices;
	final SecureElement thing;
	final ThingProvisioning pki;
	final DeviceIdentity identity;
	final Path rootCaFile;

	ProvisionedThing(String host, String thingName) throws Exception {
		devices = new TestDevices();
		try (SecureElement root = devices.open(TestDevices.ROOT); SecureElement signer = devices.open(TestDevices.SIGNER)) {
			thing = devices.open(TestDevices.THING);
			pki = ThingProvisioning.run(root, signer, thing, host, thingName);
		}
		identity = ThingCertificates.read(thing, null).identity();
		rootCaFile = devices.workspace.resolve("client-root-ca.pem");
		Files.writeString(rootCaFile, ThingProvisioning.pem(pki.root));
	}

	TlsClientOptions options(int port, ServerPki server) {
		return TlsClientOptions.defaults("127.0.0.1", port, List.of(server.ca));
	}

	@Override
	public void close() throws Exception {
		thing.close();
		devices.close();
	}
}
