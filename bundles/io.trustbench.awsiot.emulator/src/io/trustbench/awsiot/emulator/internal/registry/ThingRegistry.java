package io.trustbench.awsiot.emulator.internal.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.trustbench.awsiot.emulator.internal.state.CertificateRecord;
import io.trustbench.awsiot.emulator.internal.state.StateStore;
import io.trustbench.awsiot.emulator.internal.state.ThingRecord;

/** Things and their principals (certificates). */
public final class ThingRegistry {

	public static final String NAME = "[a-zA-Z0-9:_-]{1,128}";

	private final StateStore store;
	private final Arns arns;

	public ThingRegistry(StateStore store, Arns arns) {
		this.store = store;
		this.arns = arns;
	}

	/** CreateThing: repeating the same call succeeds; the same name with another configuration conflicts. */
	public ThingRecord create(String name, String typeName, Map<String, String> attributes) {
		if (name == null || !name.matches(NAME)) {
			throw AwsException.invalidRequest("invalid thing name: " + name);
		}
		Map<String, String> attrs = attributes == null ? new LinkedHashMap<>() : new LinkedHashMap<>(attributes);
		synchronized (store.lock()) {
			ThingRecord existing = store.things().get(name);
			if (existing != null) {
				if (Objects.equals(existing.typeName, typeName) && existing.attributes.equals(attrs)) {
					return existing;
				}
				throw AwsException.alreadyExists("Thing " + name + " already exists with a different configuration",
						existing.id, arns.thing(name));
			}
			ThingRecord r = new ThingRecord();
			r.name = name;
			r.id = UUID.randomUUID().toString();
			r.typeName = typeName;
			r.attributes = attrs;
			store.things().put(r);
			return r;
		}
	}

	public ThingRecord describe(String name) {
		ThingRecord r = store.things().get(name);
		if (r == null) {
			throw AwsException.notFound("Thing " + name + " does not exist");
		}
		return r;
	}

	public void delete(String name, Long expectedVersion) {
		synchronized (store.lock()) {
			ThingRecord r = describe(name);
			if (expectedVersion != null && expectedVersion != r.version) {
				throw new AwsException("VersionConflictException", 409,
						"Thing " + name + " is at version " + r.version + ", not " + expectedVersion);
			}
			if (!principals(name).isEmpty()) {
				throw AwsException.invalidRequest("Thing " + name + " still has principals attached");
			}
			store.things().remove(name);
		}
	}

	public List<ThingRecord> list(String attributeName, String attributeValue, String typeName) {
		List<ThingRecord> result = new ArrayList<>();
		for (ThingRecord r : store.things().all()) {
			if (typeName != null && !typeName.equals(r.typeName)) {
				continue;
			}
			if (attributeName != null && (attributeValue == null ? !r.attributes.containsKey(attributeName)
					: !attributeValue.equals(r.attributes.get(attributeName)))) {
				continue;
			}
			result.add(r);
		}
		return result;
	}

	public void attachPrincipal(String thingName, String principal) {
		synchronized (store.lock()) {
			describe(thingName);
			CertificateRecord cert = certificate(principal);
			if (!cert.things.contains(thingName)) {
				cert.things = CopyOnChange.with(cert.things, thingName);
				store.certificates().put(cert);
			}
		}
	}

	public void detachPrincipal(String thingName, String principal) {
		synchronized (store.lock()) {
			describe(thingName);
			CertificateRecord cert = certificate(principal);
			if (cert.things.contains(thingName)) {
				cert.things = CopyOnChange.without(cert.things, thingName);
				store.certificates().put(cert);
			}
		}
	}

	public List<String> principals(String thingName) {
		List<String> result = new ArrayList<>();
		for (CertificateRecord cert : store.certificates().all()) {
			if (cert.things.contains(thingName)) {
				result.add(arns.cert(cert.id));
			}
		}
		return result;
	}

	public List<String> thingsOf(String principal) {
		return List.copyOf(certificate(principal).things);
	}

	private CertificateRecord certificate(String principal) {
		String id = Arns.certificateIdOf(principal);
		if (id == null) {
			throw AwsException.invalidRequest("principal must be a certificate ARN: " + principal);
		}
		CertificateRecord cert = store.certificates().get(id);
		if (cert == null) {
			throw AwsException.notFound("Certificate " + id + " does not exist");
		}
		return cert;
	}
}
