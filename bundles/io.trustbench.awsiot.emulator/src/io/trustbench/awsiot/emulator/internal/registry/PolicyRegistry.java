package io.trustbench.awsiot.emulator.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.trustbench.awsiot.emulator.internal.policy.PolicyDocument;
import io.trustbench.awsiot.emulator.internal.state.CertificateRecord;
import io.trustbench.awsiot.emulator.internal.state.PolicyRecord;
import io.trustbench.awsiot.emulator.internal.state.StateStore;

/** IoT policies and their attachment to certificate principals. */
public final class PolicyRegistry {

	private static final String NAME = "[\\w+=,.@-]{1,128}";

	private final StateStore store;
	private final Arns arns;
	/** Parsed documents by policy name and generation, so MQTT checks do not re-parse JSON. */
	private final Map<String, PolicyDocument> parsed = new ConcurrentHashMap<>();

	public PolicyRegistry(StateStore store, Arns arns) {
		this.store = store;
		this.arns = arns;
	}

	public PolicyRecord create(String name, String document) {
		if (name == null || !name.matches(NAME)) {
			throw AwsException.invalidRequest("invalid policy name: " + name);
		}
		try {
			PolicyDocument.parse(document);
		} catch (IllegalArgumentException e) {
			throw new AwsException("MalformedPolicyException", 400, "Malformed policy: " + e.getMessage());
		}
		synchronized (store.lock()) {
			if (store.policies().get(name) != null) {
				throw AwsException.alreadyExists("Policy " + name + " already exists", name, arns.policy(name));
			}
			PolicyRecord r = new PolicyRecord();
			r.name = name;
			r.document = document;
			r.createdMillis = r.modifiedMillis = System.currentTimeMillis();
			r.generationId = UUID.randomUUID().toString();
			store.policies().put(r);
			return r;
		}
	}

	public PolicyRecord get(String name) {
		PolicyRecord r = store.policies().get(name);
		if (r == null) {
			throw AwsException.notFound("Policy " + name + " does not exist");
		}
		return r;
	}

	/** Every policy by name (ListPolicies). */
	public List<PolicyRecord> list(boolean ascending) {
		List<PolicyRecord> all = new ArrayList<>(store.policies().all());
		Comparator<PolicyRecord> byName = Comparator.comparing(r -> r.name);
		all.sort(ascending ? byName : byName.reversed());
		return all;
	}

	public void delete(String name) {
		synchronized (store.lock()) {
			get(name);
			if (!targets(name).isEmpty()) {
				throw AwsException.deleteConflict("Policy " + name + " is attached to " + targets(name).size() + " targets");
			}
			store.policies().remove(name);
		}
	}

	/** AttachPolicy / AttachPrincipalPolicy; attaching twice is a no-op as on AWS. */
	public void attach(String name, String target) {
		synchronized (store.lock()) {
			get(name);
			CertificateRecord cert = certificateTarget(target);
			if (!cert.policies.contains(name)) {
				cert.policies = CopyOnChange.with(cert.policies, name);
				store.certificates().put(cert);
			}
		}
	}

	public void detach(String name, String target) {
		synchronized (store.lock()) {
			get(name);
			CertificateRecord cert = certificateTarget(target);
			if (cert.policies.contains(name)) {
				cert.policies = CopyOnChange.without(cert.policies, name);
				store.certificates().put(cert);
			}
		}
	}

	public List<PolicyRecord> attachedTo(String target) {
		CertificateRecord cert = certificateTarget(target);
		List<PolicyRecord> result = new ArrayList<>();
		for (String name : cert.policies) {
			PolicyRecord r = store.policies().get(name);
			if (r != null) {
				result.add(r);
			}
		}
		return result;
	}

	public List<String> targets(String name) {
		List<String> result = new ArrayList<>();
		for (CertificateRecord cert : store.certificates().all()) {
			if (cert.policies.contains(name)) {
				result.add(arns.cert(cert.id));
			}
		}
		return result;
	}

	/** The parsed documents of the policies attached to a certificate (skipping ones deleted meanwhile). */
	public List<PolicyDocument> documentsFor(CertificateRecord cert) {
		List<PolicyDocument> documents = new ArrayList<>();
		for (String name : List.copyOf(cert.policies)) {
			PolicyRecord r = store.policies().get(name);
			if (r != null) {
				documents.add(parsed.computeIfAbsent(name + "#" + r.generationId, k -> PolicyDocument.parse(r.document)));
			}
		}
		return documents;
	}

	private CertificateRecord certificateTarget(String target) {
		String id = Arns.certificateIdOf(target);
		if (id == null) {
			throw AwsException.invalidRequest("target must be a certificate ARN (arn:aws:iot:REGION:ACCOUNT:cert/ID): " + target);
		}
		CertificateRecord cert = store.certificates().get(id);
		if (cert == null) {
			throw AwsException.notFound("Certificate " + id + " does not exist");
		}
		return cert;
	}
}
