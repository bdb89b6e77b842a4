package io.trustbench.awsiot.emulator.internal.mqtt;

import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;

import org.bouncycastle.asn1.x500.style.BCStyle;

import io.trustbench.awsiot.emulator.internal.pki.Pem;
import io.trustbench.awsiot.emulator.internal.policy.ConnectionContext;
import io.trustbench.awsiot.emulator.internal.state.CertificateRecord;
import io.trustbench.awsiot.emulator.internal.state.StateStore;
import io.trustbench.awsiot.emulator.internal.state.ThingRecord;

/**
 * Policy variables of a connection, as AWS defines them: {@code iot:Connection.Thing.*} exist only
 * when the client id names a thing attached to the certificate; certificate variables come from
 * the presented certificate. The console principal has no record ({@code cert} null): no thing.
 */
final class ConnectionContexts {

	private ConnectionContexts() {
	}

	static ConnectionContext of(StateStore store, CertificateRecord cert, X509Certificate leaf, String clientId) {
		Map<String, String> v = new HashMap<>();
		v.put("iot:ClientId", clientId);
		v.put("iot:Certificate.SerialNumber", leaf.getSerialNumber().toString());
		put(v, "iot:Certificate.Subject.CommonName", Pem.subjectCommonName(leaf));
		put(v, "iot:Certificate.Subject.Organization", Pem.subjectAttribute(leaf, BCStyle.O));
		put(v, "iot:Certificate.Subject.SerialNumber", Pem.subjectAttribute(leaf, BCStyle.SERIALNUMBER));
		put(v, "iot:Certificate.Subject.Country", Pem.subjectAttribute(leaf, BCStyle.C));
		ThingRecord thing = store.things().get(clientId);
		boolean attached = thing != null && cert != null && cert.things.contains(clientId);
		v.put("iot:Connection.Thing.IsAttached", Boolean.toString(attached));
		if (attached) {
			v.put("iot:Connection.Thing.ThingName", thing.name);
			put(v, "iot:Connection.Thing.ThingTypeName", thing.typeName);
			thing.attributes.forEach((k, value) -> v.put("iot:Connection.Thing.Attributes[" + k + "]", value));
		}
		return new ConnectionContext(Map.copyOf(v));
	}

	private static void put(Map<String, String> v, String key, String value) {
		if (value != null) {
			v.put(key, value);
		}
	}
}
