package io.trustbench.awsiot.emulator.internal.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import io.trustbench.core.AtomicFiles;
import io.trustbench.core.Hex;

/**
 * The emulated account's registry under {@code DIR/state}: CAs, certificates, policies, things,
 * rules, provisioning templates and shadows. Every mutation happens under {@link #lock()} so a
 * check-then-write (e.g. "exists? then create") is atomic for concurrent API calls and devices;
 * files are written by {@link #flush()} once the operation is complete.
 */
public final class StateStore {

	private final Object lock = new Object();
	private final Gson gson = new GsonBuilder().disableHtmlEscaping().create();
	private final Path dir;
	private final RecordCollection<CaCertificateRecord> caCertificates;
	private final RecordCollection<CertificateRecord> certificates;
	private final RecordCollection<PolicyRecord> policies;
	private final RecordCollection<ThingRecord> things;
	private final RecordCollection<TopicRuleRecord> rules;
	private final RecordCollection<ProvisioningTemplateRecord> templates;
	private final RecordCollection<ShadowRecord> shadows;
	private AccountRecord account;

	public StateStore(Path emulatorDir) {
		this.dir = emulatorDir.resolve("state");
		caCertificates = new RecordCollection<>(this, dir.resolve("ca-certificates"), CaCertificateRecord.class, r -> r.id, gson);
		certificates = new RecordCollection<>(this, dir.resolve("certificates"), CertificateRecord.class, r -> r.id, gson);
		policies = new RecordCollection<>(this, dir.resolve("policies"), PolicyRecord.class, r -> r.name, gson);
		things = new RecordCollection<>(this, dir.resolve("things"), ThingRecord.class, r -> r.name, gson);
		rules = new RecordCollection<>(this, dir.resolve("rules"), TopicRuleRecord.class, r -> r.name, gson);
		templates = new RecordCollection<>(this, dir.resolve("provisioning-templates"), ProvisioningTemplateRecord.class,
				r -> r.name, gson);
		shadows = new RecordCollection<>(this, dir.resolve("shadows"), ShadowRecord.class,
				r -> shadowKey(r.thingName, r.shadowName), gson);
	}

	public void load() throws IOException {
		Files.createDirectories(dir);
		for (RecordCollection<?> c : new RecordCollection<?>[] { caCertificates, certificates, policies, things, rules,
				templates, shadows }) {
			c.load();
		}
		Path accountFile = dir.resolve("account.json");
		if (Files.exists(accountFile)) {
			account = gson.fromJson(Files.readString(accountFile), AccountRecord.class);
		}
		if (account == null || account.accountId == null || account.registrationCode == null) {
			account = newAccount();
			AtomicFiles.writeString(accountFile, gson.toJson(account));
		}
	}

	private static AccountRecord newAccount() {
		SecureRandom random = new SecureRandom();
		AccountRecord a = new AccountRecord();
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			digits.append(random.nextInt(10));
		}
		a.accountId = digits.toString();
		byte[] code = new byte[32];
		random.nextBytes(code);
		a.registrationCode = Hex.encode(code);
		return a;
	}

	/** Records changed by this thread since its last flush, per collection, in order. */
	private final ThreadLocal<Map<RecordCollection<?>, Set<String>>> pending = ThreadLocal.withInitial(LinkedHashMap::new);

	void markDirty(RecordCollection<?> collection, String id) {
		pending.get().computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(id);
	}

	/**
	 * Writes every record this thread changed since its last flush; call it after an operation
	 * (outside the lock) and before telling anyone it happened. Several changes to one record in one
	 * operation become a single file write.
	 */
	public void flush() {
		Map<RecordCollection<?>, Set<String>> mine = pending.get();
		if (mine.isEmpty()) {
			return;
		}
		pending.remove();
		for (Map.Entry<RecordCollection<?>, Set<String>> e : mine.entrySet()) {
			for (String id : e.getValue()) {
				e.getKey().persist(id);
			}
		}
	}

	public static String shadowKey(String thingName, String shadowName) {
		return shadowName == null || shadowName.isEmpty() ? thingName : thingName + "~" + shadowName;
	}

	public Object lock() {
		return lock;
	}

	public Gson gson() {
		return gson;
	}

	public AccountRecord account() {
		return account;
	}

	public RecordCollection<CaCertificateRecord> caCertificates() {
		return caCertificates;
	}

	public RecordCollection<CertificateRecord> certificates() {
		return certificates;
	}

	public RecordCollection<PolicyRecord> policies() {
		return policies;
	}

	public RecordCollection<ThingRecord> things() {
		return things;
	}

	public RecordCollection<TopicRuleRecord> rules() {
		return rules;
	}

	public RecordCollection<ProvisioningTemplateRecord> templates() {
		return templates;
	}

	public RecordCollection<ShadowRecord> shadows() {
		return shadows;
	}
}
