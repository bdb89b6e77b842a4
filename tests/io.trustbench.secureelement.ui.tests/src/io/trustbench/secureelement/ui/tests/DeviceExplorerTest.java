package io.trustbench.secureelement.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.asn1.sec.SECNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.trustbench.core.WorkspaceLocation;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.ui.SecureElementUi;
import io.trustbench.secureelement.ui.internal.explorer.ConfigSlotNode;
import io.trustbench.secureelement.ui.internal.explorer.ConfigZoneNode;
import io.trustbench.secureelement.ui.internal.explorer.DeviceExplorerView;
import io.trustbench.secureelement.ui.internal.explorer.DeviceNode;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerLabels;
import io.trustbench.secureelement.ui.internal.explorer.DeviceState;
import io.trustbench.secureelement.ui.internal.explorer.ExplorerModel;
import io.trustbench.secureelement.ui.internal.explorer.SlotNode;
import io.trustbench.secureelement.ui.internal.explorer.SlotsNode;
import io.trustbench.secureelement.ui.internal.operations.DeviceDialogs;
import io.trustbench.secureelement.ui.internal.operations.DeviceJob;
import io.trustbench.secureelement.ui.internal.operations.OperationResult;
import io.trustbench.secureelement.ui.internal.properties.ReadOnlyPropertySource;

/**
 * The Device Explorer inside the running Trustbench workbench (Tycho UI harness, Xvfb): it opens in
 * the perspective's left folder, shows the emulated Root/Signer/Thing kits of a fresh workspace,
 * expands a device to its config zone and slots, fills the Properties view with decoded
 * permissions, runs operations through their handlers as jobs (with scripted dialogs, so nothing
 * blocks), refuses to read a private key, shows kit traffic in the Console, and follows kits being
 * plugged in and removed.
 */
public class DeviceExplorerTest {

	private static final long TIMEOUT = 30_000;
	private static final String THING = "emu-thing";
	private static final String SERIAL_PORTS = "trustbench.serial.ports";
	private static final RecordingDialogs DIALOGS = new RecordingDialogs();
	private static Path workspace;
	private static DeviceExplorerView view;

	@BeforeAll
	static void openExplorerOnFreshWorkspace() throws Exception {
		workspace = Files.createTempDirectory("trustbench-explorer-test");
		WorkspaceLocation.set(workspace);
		context().set(DeviceDialogs.class, DIALOGS);
		IWorkbenchPage page = page();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId("io.trustbench.ui.perspective"));
		page.resetPerspective();
		view = (DeviceExplorerView) page.findView(SecureElementUi.EXPLORER_VIEW_ID);
		assertNotNull(view, "the explorer opens with the perspective");
		view.refresh(); // switches to the fresh workspace
		Ui.waitUntil(() -> view.model().workspace().equals(workspace.toAbsolutePath()) && view.model().scanned()
				&& view.model().allDevices().stream().allMatch(d -> d.state().phase() != DeviceState.Phase.READING
						&& d.state().phase() != DeviceState.Phase.NOT_READ), TIMEOUT, "the kits of the fresh workspace");
		Ui.waitForJobs(ExplorerModel.JOB_FAMILY, TIMEOUT);
	}

	@AfterAll
	static void removeScriptedDialogs() {
		context().remove(DeviceDialogs.class);
		System.clearProperty(SERIAL_PORTS);
	}

	@BeforeEach
	void activateExplorer() {
		DIALOGS.clear();
		page().activate(view);
	}

	private static IEclipseContext context() {
		return PlatformUI.getWorkbench().getService(IEclipseContext.class);
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static Tree tree() {
		return (Tree) view.viewer().getControl();
	}

	private static DeviceNode device(String id) {
		return view.model().allDevices().stream().filter(d -> d.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no device " + id + " in " + view.model().allDevices()));
	}

	private static SlotNode slot(String deviceId, int slot) {
		return new SlotNode(new SlotsNode(device(deviceId)), slot);
	}

	private static void select(Object node) {
		view.viewer().setSelection(new StructuredSelection(node), true);
		Ui.waitUntil(() -> node.equals(((StructuredSelection) view.viewer().getSelection()).getFirstElement()), TIMEOUT,
				"the selection of " + node);
	}

	/** Runs a command through its handler as the user would, and waits for its job. */
	private static DeviceJob run(String commandId) throws Exception {
		Object job = PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
		if (job instanceof DeviceJob deviceJob) {
			Ui.waitUntil(() -> deviceJob.getResult() != null, TIMEOUT, commandId);
			Ui.waitForJobs(ExplorerModel.JOB_FAMILY, TIMEOUT);
			return deviceJob;
		}
		return null;
	}

	@Test
	void opensOnceInTheLeftFolderOfThePerspective() {
		long explorers = Arrays.stream(page().getViewReferences())
				.filter(r -> r.getId().equals(SecureElementUi.EXPLORER_VIEW_ID)).count();
		assertEquals(1, explorers, "one Device Explorer");
		assertTrue(page().isPartVisible(view), "visible by default");
		IViewReference console = page().findViewReference("io.trustbench.ui.console");
		assertNotNull(console);
		assertTrue(tree().getBounds().x < console.getPart(false).getSite().getShell().getBounds().width / 2,
				"on the left");
	}

	@Test
	void showsTheEmulatedKitsWithSerialRevisionAndLocks() {
		TreeItem emulator = Arrays.stream(tree().getItems()).filter(i -> i.getText().startsWith("Emulated")).findFirst()
				.orElseThrow(() -> new AssertionError("an emulated transport node: "
						+ Arrays.toString(Arrays.stream(tree().getItems()).map(TreeItem::getText).toArray())));
		assertTrue(emulator.getExpanded(), "transports open on their kits");
		List<String> kits = Arrays.stream(emulator.getItems()).map(TreeItem::getText).toList();
		assertEquals(3, kits.size(), kits.toString());
		for (String id : List.of("emu-root", "emu-signer", THING)) {
			String row = kits.stream().filter(k -> k.contains(id)).findFirst().orElseThrow(() -> new AssertionError(id + " in " + kits));
			assertTrue(row.contains("SN 01") && row.contains("rev 0000500"), row);
			assertTrue(row.contains("locked") || row.contains("unlocked"), row);
			String tooltip = ExplorerLabels.tooltip(device(id));
			assertTrue(tooltip.contains("ATECC508A") && tooltip.contains("firmware"), tooltip);
		}
		assertTrue(kits.stream().anyMatch(k -> k.startsWith("AWS Root CA dongle")), kits.toString());
		assertEquals(3, Arrays.stream(tree().getItems()).count(), "emulator, HID and serial transports");
	}

	@Test
	void expandsADeviceToItsConfigZoneAndSlots() {
		DeviceNode thing = device(THING);
		view.viewer().expandToLevel(thing, 1);
		view.viewer().expandToLevel(new ConfigZoneNode(thing), 1);
		view.viewer().expandToLevel(new SlotsNode(thing), 1);
		TreeItem item = findItem(tree().getItems(), THING);
		List<String> children = Arrays.stream(item.getItems()).map(TreeItem::getText).toList();
		assertEquals(2, children.size(), children.toString());
		assertTrue(children.get(0).startsWith("Configuration zone"), children.toString());
		assertTrue(children.get(1).startsWith("Slots 0–15"), children.toString());
		TreeItem config = item.getItems()[0];
		assertEquals(16, config.getItemCount());
		assertTrue(config.getItems()[0].getText().matches("Slot 0 +SlotConfig 0x[0-9A-F]{4} · KeyConfig 0x[0-9A-F]{4}"),
				config.getItems()[0].getText());
		view.viewer().expandToLevel(new ConfigSlotNode(new ConfigZoneNode(thing), 0), 1);
		List<String> words = Arrays.stream(config.getItems()[0].getItems()).map(TreeItem::getText).toList();
		assertTrue(words.get(0).startsWith("SlotConfig 0x") && words.get(1).startsWith("KeyConfig 0x"), words.toString());
		TreeItem slots = item.getItems()[1];
		assertEquals(16, slots.getItemCount());
		String slot0 = slots.getItems()[0].getText();
		assertTrue(slot0.startsWith("Slot 0: private key") && slot0.contains("36 bytes") && slot0.contains("sign"), slot0);
		assertTrue(slots.getItems()[8].getText().contains("416 bytes"), slots.getItems()[8].getText());
		assertTrue(slots.getItems()[14].getText().startsWith("Slot 14: public key"), slots.getItems()[14].getText());
	}

	@Test
	void selectingASlotShowsItsDecodedPermissionsInTheProperties() throws Exception {
		byte[] config;
		try (SecureElement chip = view.model().devices().open(THING, null)) {
			config = chip.readConfig(null).bytes();
		}
		for (int n : new int[] { 0, 8, 14 }) {
			SlotNode slot = slot(THING, n);
			select(slot);
			ReadOnlyPropertySource source = (ReadOnlyPropertySource) Adapters.adapt(slot, IPropertySource.class);
			assertNotNull(source, "slot nodes adapt to IPropertySource");
			int slotConfig = (config[20 + 2 * n] & 0xFF) | (config[21 + 2 * n] & 0xFF) << 8;
			int keyConfig = (config[96 + 2 * n] & 0xFF) | (config[97 + 2 * n] & 0xFF) << 8;
			boolean privateKey = (keyConfig & 1) != 0 && ((keyConfig >> 2) & 7) == 4;
			assertEquals(String.format("0x%04X", slotConfig), source.value("SlotConfig", "SlotConfig"));
			assertEquals(String.format("0x%04X", keyConfig), source.value("KeyConfig", "KeyConfig"));
			assertEquals(Boolean.toString((slotConfig & 0x80) != 0), source.value("SlotConfig", "IsSecret"));
			assertEquals(Boolean.toString((keyConfig & 0x20) != 0), source.value("KeyConfig", "Lockable"));
			if (privateKey) {
				assertEquals(Boolean.toString((slotConfig & 1) != 0), source.value("SlotConfig", "ExtSig"));
				assertEquals(Boolean.toString((slotConfig & 4) != 0), source.value("SlotConfig", "ECDH"));
				assertEquals("private key", source.value("Slot", "Kind"));
				assertEquals("false", source.value("Slot", "Readable"));
			} else {
				assertEquals(Integer.toString(slotConfig & 0x0F), source.value("SlotConfig", "ReadKey"));
				assertNull(source.value("SlotConfig", "ExtSig"), "no key bits on a data slot");
			}
			assertEquals(n < 8 ? "36" : n == 8 ? "416" : "72", source.value("Slot", "Size"));
		}
		// And the Properties view itself shows them.
		select(slot(THING, 0));
		page().showView("org.eclipse.ui.views.PropertySheet");
		page().activate(view);
		Shell shell = view.getSite().getShell();
		Ui.waitUntil(() -> Ui.all(shell, Tree.class).stream().anyMatch(t -> t != tree()
				&& Ui.rows(t).stream().anyMatch(r -> r.startsWith("ExtSig = "))), TIMEOUT, "ExtSig in the Properties view");
		Tree properties = Ui.all(shell, Tree.class).stream()
				.filter(t -> t != tree() && Ui.rows(t).stream().anyMatch(r -> r.startsWith("ExtSig = "))).findFirst().get();
		assertEquals("Slot", properties.getItem(0).getText(0), "the summary first, not alphabetical categories");
		assertEquals("Slot = 0", Ui.rows(properties).get(1), "fields in the decoders' order");
	}

	@Test
	void signRunsAsAJobAndTheSignatureVerifies() throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest("explorer test".getBytes(StandardCharsets.UTF_8));
		select(slot(THING, 0));
		DeviceJob publicKeyJob = run(SecureElementUi.PUBLIC_KEY_COMMAND);
		assertTrue(publicKeyJob.getResult().isOK(), publicKeyJob.getResult().toString());
		byte[] xy = publicKeyJob.result().value();
		assertEquals(64, xy.length);
		byte[] der = Base64.getMimeDecoder().decode(publicKeyJob.result().pem()
				.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", ""));
		assertArrayEquals(xy, Arrays.copyOfRange(der, der.length - 64, der.length), "the PEM holds the same key");

		DIALOGS.hexAnswers.add(new byte[][] { digest });
		DeviceJob signJob = run(SecureElementUi.SIGN_COMMAND);
		assertTrue(signJob.getResult().isOK(), signJob.getResult().toString());
		assertEquals(32, DIALOGS.hexQuestions.get(0)[0].lengths()[0], "the dialog asks for a 32-byte digest");
		byte[] rs = signJob.result().value();
		assertEquals(64, rs.length);
		assertTrue(verifies(xy, digest, rs), "BouncyCastle accepts the chip's signature");
		Ui.waitUntil(() -> DIALOGS.results.stream().anyMatch(r -> r.value() == rs), TIMEOUT, "the result shown");

		byte[] tampered = rs.clone();
		tampered[63] ^= 1;
		assertFalse(verifies(xy, digest, tampered), "and rejects a changed one");
		DIALOGS.hexAnswers.add(new byte[][] { digest, rs });
		assertEquals(1, run(SecureElementUi.VERIFY_COMMAND).result().value()[0], "the chip verifies it too");
		DIALOGS.hexAnswers.add(new byte[][] { digest, tampered });
		assertEquals(0, run(SecureElementUi.VERIFY_COMMAND).result().value()[0], "and rejects the changed one");
	}

	@Test
	void ecdhGivesTheSecretBouncyCastleComputes() throws Exception {
		select(slot(THING, 0));
		byte[] xy = run(SecureElementUi.PUBLIC_KEY_COMMAND).result().value();
		X9ECParameters curve = SECNamedCurves.getByName("secp256r1");
		BigInteger peerPrivate = new BigInteger(250, new java.util.Random(5)).add(BigInteger.ONE);
		byte[] peerPublic = curve.getG().multiply(peerPrivate).normalize().getEncoded(false); // 04‖X‖Y
		DIALOGS.hexAnswers.add(new byte[][] { peerPublic });
		DeviceJob ecdh = run(SecureElementUi.ECDH_COMMAND);
		assertTrue(ecdh.getResult().isOK(), ecdh.getResult().toString());
		byte[] point = new byte[65];
		point[0] = 4;
		System.arraycopy(xy, 0, point, 1, 64);
		BigInteger x = curve.getCurve().decodePoint(point).multiply(peerPrivate).normalize().getAffineXCoord()
				.toBigInteger();
		byte[] expected = new byte[32];
		byte[] raw = x.toByteArray();
		int copy = Math.min(32, raw.length);
		System.arraycopy(raw, raw.length - copy, expected, 32 - copy, copy);
		assertArrayEquals(expected, ecdh.result().value(), "the chip's shared X equals d·Q computed on the host");
	}

	@Test
	void infoAndConfigurationShowWhatTheChipSays() throws Exception {
		DeviceNode thing = device(THING);
		select(new ConfigZoneNode(thing));
		OperationResult info = run(SecureElementUi.INFO_COMMAND).result();
		assertTrue(info.text().contains("ATECC508A"), info.text());
		assertTrue(info.text().contains(thing.state().details().info().serialHex()), info.text());
		OperationResult config = run(SecureElementUi.CONFIG_COMMAND).result();
		assertArrayEquals(thing.state().details().config().bytes(), config.value());
		assertTrue(config.text().contains("SLOTCONFIG") && config.text().lines().count() > 40, config.text());
	}

	@Test
	void cancellingTheDigestDialogRunsNothing() throws Exception {
		select(slot(THING, 0));
		assertNull(run(SecureElementUi.SIGN_COMMAND), "no job without a digest");
		assertTrue(DIALOGS.results.isEmpty() && DIALOGS.errors.isEmpty());
	}

	@Test
	void readingAPrivateKeySlotIsRefusedClearly() throws Exception {
		select(slot(THING, 0));
		DeviceJob job = run(SecureElementUi.READ_SLOT_COMMAND);
		assertEquals(IStatus.ERROR, job.getResult().getSeverity());
		Ui.waitUntil(() -> !DIALOGS.errors.isEmpty(), TIMEOUT, "the refusal shown");
		String message = DIALOGS.errors.get(0).getMessage();
		assertTrue(message.contains("Slot 0 holds a private key and can never be read"), message);
		assertFalse(message.contains("\n"), "one line: " + message);
		assertNull(job.result());
		List<String> open = Arrays.stream(view.getSite().getShell().getDisplay().getShells())
				.filter(sh -> sh.isVisible() && sh != view.getSite().getShell()).map(sh -> "'" + sh.getText() + "'").toList();
		assertTrue(open.isEmpty(), "no dialog left open: " + open);
	}

	@Test
	void genKeyAsksFirstAndReplacesTheKey() throws Exception {
		SlotNode slot = slot(THING, 2);
		select(slot);
		DeviceJob before = run(SecureElementUi.PUBLIC_KEY_COMMAND);
		DIALOGS.confirmAnswer = false;
		assertNull(run(SecureElementUi.GENKEY_COMMAND), "declined: nothing runs");
		assertEquals(1, DIALOGS.confirmations.size());
		assertTrue(DIALOGS.confirmations.get(0).contains("destroyed"), DIALOGS.confirmations.get(0));
		DIALOGS.confirmAnswer = true;
		DeviceJob genKey = run(SecureElementUi.GENKEY_COMMAND);
		assertTrue(genKey.getResult().isOK(), genKey.getResult().toString());
		assertFalse(Arrays.equals(before.result().value(), genKey.result().value()), "a new key");
		select(slot);
		assertArrayEquals(genKey.result().value(), run(SecureElementUi.PUBLIC_KEY_COMMAND).result().value(),
				"the chip now answers with the new key");
	}

	@Test
	void lockingASlotNeedsTheDeviceIdTypedAndShowsTheNewState() throws Exception {
		DeviceNode thing = device(THING);
		int lockable = -1;
		for (int n = 0; n < 16 && lockable < 0; n++) {
			var p = thing.state().details().permissions(n);
			if (p.keyConfig().lockable() && !p.slotLocked() && p.dataLocked()) {
				lockable = n;
			}
		}
		assertTrue(lockable >= 0, "the emulated thing has a Lockable slot and a locked data zone");
		SlotNode slot = slot(THING, lockable);
		select(slot);
		DIALOGS.confirmAnswer = false;
		assertNull(run(SecureElementUi.LOCK_SLOT_COMMAND), "not confirmed: nothing runs");
		assertEquals(List.of(THING), DIALOGS.phrases, "the user must type the device id");
		DIALOGS.confirmAnswer = true;
		assertTrue(run(SecureElementUi.LOCK_SLOT_COMMAND).getResult().isOK());
		int locked = lockable;
		Ui.waitUntil(() -> device(THING).state().details() != null
				&& device(THING).state().details().permissions(locked).slotLocked(), TIMEOUT, "the re-read lock state");
		ReadOnlyPropertySource source = (ReadOnlyPropertySource) Adapters.adapt(slot, IPropertySource.class);
		assertEquals("true", source.value("Slot", "Locked"));
		view.viewer().expandToLevel(new SlotsNode(thing), 1);
		Ui.waitForJobs(ExplorerModel.JOB_FAMILY, TIMEOUT);
		assertTrue(findItem(tree().getItems(), "Slot " + locked + ":").getText().contains("slot locked"));
	}

	@Test
	void theConsoleShowsKitTraffic() throws Exception {
		select(device(THING));
		DeviceJob random = run(SecureElementUi.RANDOM_COMMAND);
		assertEquals(32, random.result().value().length);
		page().showView("io.trustbench.ui.console");
		StyledText console = Ui.find(view.getSite().getShell(), StyledText.class, "io.trustbench.ui.console.text");
		assertNotNull(console, "the Console view");
		Ui.waitUntil(() -> console.getText().lines().anyMatch(l -> l.contains(">> " + THING + ": e:t(")),
				TIMEOUT, "a command sent to the thing in the Console");
		assertTrue(console.getText().lines().anyMatch(l -> l.contains("<< " + THING + ": ")), "and its replies");
	}

	@Test
	void followsKitsBeingPluggedInAndRemoved() {
		String port = workspace.resolve("no-such-port").toString();
		System.setProperty(SERIAL_PORTS, port);
		try {
			Ui.waitUntil(() -> view.model().allDevices().stream().anyMatch(d -> d.id().equals("serial:" + port)), TIMEOUT,
					"the plugged kit in the tree");
			Ui.waitUntil(() -> findItemOrNull(tree().getItems(), "serial:" + port) != null, TIMEOUT, "its row");
			// It cannot be opened: the reason is shown under it, not in a dialog.
			Ui.waitUntil(() -> device("serial:" + port).state().phase() == DeviceState.Phase.FAILED, TIMEOUT,
					"the failed read");
		} finally {
			System.clearProperty(SERIAL_PORTS);
		}
		Ui.waitUntil(() -> view.model().allDevices().stream().noneMatch(d -> d.id().equals("serial:" + port)), TIMEOUT,
				"the removed kit gone");
		Ui.waitUntil(() -> findItemOrNull(tree().getItems(), "serial:" + port) == null, TIMEOUT, "its row gone");
	}

	private static boolean verifies(byte[] xy, byte[] digest, byte[] rs) {
		X9ECParameters curve = SECNamedCurves.getByName("secp256r1");
		ECDomainParameters domain = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
		byte[] point = new byte[65];
		point[0] = 4;
		System.arraycopy(xy, 0, point, 1, 64);
		ECDSASigner signer = new ECDSASigner();
		signer.init(false, new ECPublicKeyParameters(curve.getCurve().decodePoint(point), domain));
		return signer.verifySignature(digest, new BigInteger(1, Arrays.copyOf(rs, 32)),
				new BigInteger(1, Arrays.copyOfRange(rs, 32, 64)));
	}

	private static TreeItem findItem(TreeItem[] items, String text) {
		TreeItem found = findItemOrNull(items, text);
		if (found == null) {
			throw new AssertionError("no row with " + text);
		}
		return found;
	}

	private static TreeItem findItemOrNull(TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (item.getText().contains(text)) {
				return item;
			}
			TreeItem child = findItemOrNull(item.getItems(), text);
			if (child != null) {
				return child;
			}
		}
		return null;
	}

	@Test
	void certificatesOfAKitOpenInTheCertificateInspector() throws Exception {
		try (var root = view.model().devices().open("emu-root", null);
				var signer = view.model().devices().open("emu-signer", null)) {
			new io.trustbench.pki.core.ca.PkiInitializer(new io.trustbench.pki.core.ca.PkiLayout(workspace)).run(
					new io.trustbench.pki.core.ca.SecureElementCaDevice(root, io.trustbench.pki.core.ca.PkiLayout.CA_KEY_SLOT),
					new io.trustbench.pki.core.ca.SecureElementCaDevice(signer, io.trustbench.pki.core.ca.PkiLayout.CA_KEY_SLOT),
					java.time.Instant.now(), null);
		}
		select(device("emu-root"));
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("io.trustbench.secureelement.ui.openCertificates", null);
		Ui.waitUntil(() -> Arrays.stream(page().getEditorReferences())
				.anyMatch(e -> e.getId().equals("io.trustbench.pki.ui.certificateEditor") && e.getTitle().contains("emu-root")),
				TIMEOUT, "the Certificate Inspector with the root kit's certificate");
		page().closeAllEditors(false);
	}

	@SuppressWarnings("unused")
	private static OperationResult last() {
		return DIALOGS.results.get(DIALOGS.results.size() - 1);
	}
}
