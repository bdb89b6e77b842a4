package io.trustbench.awsiot.emulator.internal.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.style.BCStyle;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.awsiot.emulator.internal.pki.Pem;
import io.trustbench.awsiot.emulator.internal.registry.Arns;
import io.trustbench.awsiot.emulator.internal.registry.AwsException;
import io.trustbench.awsiot.emulator.internal.registry.CertificateRegistry;
import io.trustbench.awsiot.emulator.internal.registry.PolicyRegistry;
import io.trustbench.awsiot.emulator.internal.registry.ThingRegistry;
import io.trustbench.awsiot.emulator.internal.state.CaCertificateRecord;
import io.trustbench.awsiot.emulator.internal.state.CertificateRecord;
import io.trustbench.awsiot.emulator.internal.state.ProvisioningTemplateRecord;
import io.trustbench.awsiot.emulator.internal.state.StateStore;
import io.trustbench.core.Hex;
import io.trustbench.core.TrafficLog;

/**
 * Just-in-time provisioning: applies the CA's provisioning template (its registrationConfig's
 * templateBody, or the JITP template named by templateName) to a certificate seen for the first
 * time. Supports the template parameters {@code AWS::IoT::Certificate::*}, the intrinsic functions
 * {@code Ref} and {@code Fn::Join}, and the resources AWS::IoT::Thing, AWS::IoT::Policy
 * (PolicyName or PolicyDocument) and AWS::IoT::Certificate (Status).
 */
public final class JitpProvisioner {

	private static final String SOURCE = "aws-iot-jitp";
	private static final Map<String, ASN1ObjectIdentifier> SUBJECT = Map.of("CommonName", BCStyle.CN, "Country",
			BCStyle.C, "Organization", BCStyle.O, "OrganizationalUnit", BCStyle.OU, "StateName", BCStyle.ST, "Locality",
			BCStyle.L, "SerialNumber", BCStyle.SERIALNUMBER, "DistinguishedNameQualifier", BCStyle.DN_QUALIFIER,
			"Title", BCStyle.T);

	private final StateStore store;
	private final CertificateRegistry certificates;
	private final PolicyRegistry policies;
	private final ThingRegistry things;
	private final Arns arns;

	public JitpProvisioner(StateStore store, CertificateRegistry certificates, PolicyRegistry policies,
			ThingRegistry things, Arns arns) {
		this.store = store;
		this.certificates = certificates;
		this.policies = policies;
		this.things = things;
		this.arns = arns;
	}

	public boolean hasTemplate(CaCertificateRecord ca) {
		return templateBody(ca) != null;
	}

	private String templateBody(CaCertificateRecord ca) {
		JsonObject config = ca.registrationConfig;
		if (config == null) {
			return null;
		}
		if (config.has("templateBody") && !config.get("templateBody").isJsonNull()) {
			return config.get("templateBody").getAsString();
		}
		if (config.has("templateName") && !config.get("templateName").isJsonNull()) {
			ProvisioningTemplateRecord t = store.templates().get(config.get("templateName").getAsString());
			return t != null && t.enabled ? t.body : null;
		}
		return null;
	}

	/** Applies the template; failures are logged (the certificate stays PENDING_ACTIVATION), as on AWS. */
	public void provision(CaCertificateRecord ca, X509Certificate leaf, CertificateRecord record) {
		try {
			JsonObject template = JsonParser.parseString(templateBody(ca)).getAsJsonObject();
			Map<String, String> parameters = parameters(template, leaf, record);
			JsonObject resources = template.getAsJsonObject("Resources");
			if (resources == null) {
				throw new IllegalArgumentException("template has no Resources");
			}
			String principal = arns.cert(record.id);
			String certificateStatus = null;
			for (Map.Entry<String, JsonElement> e : resources.entrySet()) {
				JsonObject resource = e.getValue().getAsJsonObject();
				String type = resource.get("Type").getAsString();
				JsonObject props = resource.has("Properties") ? resource.getAsJsonObject("Properties") : new JsonObject();
				switch (type) {
				case "AWS::IoT::Thing" -> provisionThing(props, parameters, principal);
				case "AWS::IoT::Policy" -> provisionPolicy(props, parameters, principal);
				case "AWS::IoT::Certificate" -> certificateStatus = props.has("Status")
						? value(props.get("Status"), parameters)
						: null;
				default -> throw new IllegalArgumentException("unsupported resource type " + type);
				}
			}
			if (certificateStatus != null) {
				certificates.update(record.id, certificateStatus);
			}
			TrafficLog.global().log(TrafficLog.Channel.INFO, SOURCE, "provisioned certificate " + record.id
					+ " from the template of CA " + ca.id + (certificateStatus == null ? "" : ", status " + certificateStatus));
		} catch (RuntimeException e) {
			TrafficLog.global().log(TrafficLog.Channel.ERROR, SOURCE,
					"JITP of certificate " + record.id + " failed: " + e.getMessage());
		}
	}

	private void provisionThing(JsonObject props, Map<String, String> parameters, String principal) {
		String name = value(props.get("ThingName"), parameters);
		Map<String, String> attributes = new LinkedHashMap<>();
		if (props.has("AttributePayload")) {
			for (Map.Entry<String, JsonElement> a : props.getAsJsonObject("AttributePayload").entrySet()) {
				attributes.put(a.getKey(), value(a.getValue(), parameters));
			}
		}
		String type = props.has("ThingTypeName") ? value(props.get("ThingTypeName"), parameters) : null;
		try {
			things.create(name, type, attributes);
		} catch (AwsException e) {
			if (!e.errorType().equals("ResourceAlreadyExistsException")) {
				throw e;
			}
		}
		things.attachPrincipal(name, principal);
	}

	private void provisionPolicy(JsonObject props, Map<String, String> parameters, String principal) {
		String name;
		if (props.has("PolicyName")) {
			name = value(props.get("PolicyName"), parameters);
		} else {
			JsonElement doc = props.get("PolicyDocument");
			String document = doc.isJsonPrimitive() ? value(doc, parameters) : doc.toString();
			name = "JITP-" + sha256(document).substring(0, 16);
			try {
				policies.create(name, document);
			} catch (AwsException e) {
				if (!e.errorType().equals("ResourceAlreadyExistsException")) {
					throw e;
				}
			}
		}
		policies.attach(name, principal);
	}

	private static Map<String, String> parameters(JsonObject template, X509Certificate leaf, CertificateRecord record) {
		Map<String, String> values = new HashMap<>();
		if (template.has("Parameters")) {
			for (Map.Entry<String, JsonElement> p : template.getAsJsonObject("Parameters").entrySet()) {
				JsonObject def = p.getValue().getAsJsonObject();
				if (def.has("Default")) {
					values.put(p.getKey(), def.get("Default").getAsString());
				}
			}
		}
		SUBJECT.forEach((name, oid) -> {
			String v = Pem.subjectAttribute(leaf, oid);
			if (v != null) {
				values.put("AWS::IoT::Certificate::" + name, v);
			}
		});
		values.put("AWS::IoT::Certificate::Id", record.id);
		return values;
	}

	/** A template value: a string, {"Ref": param} or {"Fn::Join": [sep, [values]]}. */
	static String value(JsonElement e, Map<String, String> parameters) {
		if (e == null || e.isJsonNull()) {
			throw new IllegalArgumentException("missing template value");
		}
		if (e.isJsonPrimitive()) {
			return e.getAsString();
		}
		JsonObject o = e.getAsJsonObject();
		if (o.has("Ref")) {
			String name = o.get("Ref").getAsString();
			String v = parameters.get(name);
			if (v == null) {
				throw new IllegalArgumentException("template parameter " + name + " has no value");
			}
			return v;
		}
		if (o.has("Fn::Join")) {
			String separator = o.getAsJsonArray("Fn::Join").get(0).getAsString();
			java.util.List<String> parts = new java.util.ArrayList<>();
			for (JsonElement part : o.getAsJsonArray("Fn::Join").get(1).getAsJsonArray()) {
				parts.add(value(part, parameters));
			}
			return String.join(separator, parts);
		}
		throw new IllegalArgumentException("unsupported template function " + o.keySet());
	}

	private static String sha256(String text) {
		try {
			return Hex.encode(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
