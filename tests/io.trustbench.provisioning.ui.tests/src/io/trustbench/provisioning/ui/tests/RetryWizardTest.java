package io.trustbench.provisioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.trustbench.awsiot.emulator.EmulatorOptions;
import io.trustbench.awsiot.emulator.IotEmulator;
import io.trustbench.core.TrafficLog;

/**
 * A run that fails because nothing listens at the endpoint URL: one clear line naming the step, the
 * steps after it not run; once the endpoint is up, "Retry from failed step" continues and keeps the
 * step that had completed. The AWS keys typed on the connection page end up in secure storage only.
 */
public class RetryWizardTest {

	@org.junit.jupiter.api.AfterEach
	void closeLeftoverWizards() {
		WizardDriver.disposeLeftovers();
	}

	private static final String ACCESS_KEY = "AKIATRUSTBENCHWIZARD";
	private static final String SECRET_KEY = "wizard-secret-" + UUID.randomUUID();
	private static Path workspace;

	@BeforeAll
	static void freshWorkspace() throws Exception {
		workspace = Workbench.freshWorkspace("retry-wizard");
	}

	@AfterAll
	static void forgetTestKeys() throws Exception {
		ISecurePreferences root = SecurePreferencesFactory.getDefault();
		if (root.nodeExists("/io.trustbench/aws/default")) {
			root.node("/io.trustbench/aws/default").removeNode();
			root.flush();
		}
	}

	@Test
	void aFailedStepIsOneClearLineAndRetryContinuesFromIt() throws Exception {
		int port;
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort(); // closed again: nothing listens there until the emulator starts
		}
		WizardDriver wizard = WizardDriver.openByCommand("byoc");
		wizard.next();
		Button endpoint = wizard.control(Button.class, WizardDriver.CONNECTION_KEY, "endpoint");
		endpoint.setSelection(true);
		wizard.control(Button.class, WizardDriver.CONNECTION_KEY, "local").setSelection(false);
		endpoint.notifyListeners(SWT.Selection, null);
		Text url = wizard.control(Text.class, WizardDriver.CONNECTION_KEY, "url");
		url.setText("not a url");
		assertEquals("The endpoint must be an http(s) URL such as http://127.0.0.1:5000.", wizard.error());
		assertFalse(wizard.button(org.eclipse.jface.dialogs.IDialogConstants.NEXT_LABEL).isEnabled());
		url.setText("http://127.0.0.1:" + port);
		wizard.control(Text.class, WizardDriver.CONNECTION_KEY, "accessKey").setText(ACCESS_KEY);
		Text secret = wizard.control(Text.class, WizardDriver.CONNECTION_KEY, "secretKey");
		assertTrue((secret.getStyle() & SWT.PASSWORD) != 0, "the secret key is masked");
		secret.setText(SECRET_KEY);
		wizard.next();
		wizard.next();
		assertEquals("run", wizard.pageName());
		wizard.waitForRunToEnd();

		String error = wizard.error();
		assertTrue(error != null && error.startsWith("\"Look for an earlier registration\" failed: "), error);
		assertTrue(error.contains("127.0.0.1:" + port) || error.toLowerCase().contains("refused"), error);
		assertFalse(error.contains("\n") || error.contains("\tat "), "one line, no stack trace: " + error);
		assertEquals(error, wizard.control(Label.class, WizardDriver.RUN_KEY, "explanation").getText(),
				"the whole line also stands on the page, where the title area may cut it");
		List<String> rows = Ui.rows(wizard.steps("run"));
		assertTrue(rows.get(0).contains("| done |"), rows.toString());
		assertTrue(rows.subList(2, rows.size()).stream().allMatch(r -> r.contains("| not run |")), rows.toString());
		assertTrue(wizard.control(Button.class, WizardDriver.RUN_KEY, "details").isEnabled());
		Button retry = wizard.control(Button.class, WizardDriver.RUN_KEY, "retry");
		assertTrue(retry.isEnabled(), "retry is offered");
		assertKeysOnlyInSecureStorage(wizard);

		try (IotEmulator emulator = IotEmulator.start(new EmulatorOptions(workspace.resolve("endpoint"), "127.0.0.1", port, 0,
				"us-west-2"))) {
			wizard.press(retry);
			wizard.waitForRunToEnd();
			assertEquals("summary", wizard.pageName(), "the retry ended in: " + wizard.error());
			List<String> outcomes = Ui.rows(wizard.steps("summary"));
			assertTrue(outcomes.get(0).contains("| kept: done in an earlier run |"), outcomes.toString());
			assertTrue(outcomes.subList(1, outcomes.size()).stream().allMatch(r -> r.contains("| done |")), outcomes.toString());
			Map<String, String> values = Workbench.values(wizard.control(Table.class, WizardDriver.SUMMARY_KEY, "values"));
			assertTrue(values.getOrDefault("caCertificateId", "").matches("[0-9a-f]{64}"), values.toString());
			wizard.finish();
		}
	}

	private static void assertKeysOnlyInSecureStorage(WizardDriver wizard) throws Exception {
		ISecurePreferences node = SecurePreferencesFactory.getDefault().node("/io.trustbench/aws/default");
		assertEquals(ACCESS_KEY, node.get("accessKeyId", null));
		assertEquals(SECRET_KEY, node.get("secretAccessKey", null));
		assertTrue(node.isEncrypted("secretAccessKey"), "stored encrypted");
		assertEquals("", wizard.control(Text.class, WizardDriver.CONNECTION_KEY, "secretKey").getText(),
				"the page forgets the keys once saved");
		assertEquals(List.of(), Workbench.filesContaining(workspace, SECRET_KEY), "no plain file holds the secret");
		assertTrue(TrafficLog.global().recent().stream().noneMatch(e -> e.text().contains(SECRET_KEY)), "no log line holds it");
	}
}
