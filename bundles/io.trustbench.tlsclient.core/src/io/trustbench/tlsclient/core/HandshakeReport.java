package io.trustbench.tlsclient.core;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

/**
 * What one hardened handshake negotiated and what ran in the device.
 *
 * @param version          negotiated protocol version
 * @param cipherSuite      negotiated suite name
 * @param group            key-exchange group (always secp256r1 here)
 * @param serverChain      the server's certificates, leaf first
 * @param clientChain      the chain the client presented (empty if the server did not ask)
 * @param deviceCommands   commands the device received during the handshake, by opcode name,
 *                         counted from its traffic
 * @param deviceChecks     server signatures the device verified (or why it did not), in order
 * @param handshakeMillis  wall time of TCP connect plus handshake
 */
public record HandshakeReport(TlsVersion version, String cipherSuite, String group, List<X509Certificate> serverChain,
		List<X509Certificate> clientChain, Map<String, Integer> deviceCommands, List<String> deviceChecks,
		long handshakeMillis) {

	public String serverSubject() {
		return serverChain.isEmpty() ? "" : serverChain.get(0).getSubjectX500Principal().getName();
	}

	public int deviceCommandCount(String opcodeName) {
		return deviceCommands.getOrDefault(opcodeName, 0);
	}
}
