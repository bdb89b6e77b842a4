package io.trustbench.provisioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.provisioning.core.flow.FlowState;

/**
 * BYOC through the wizard against the local emulator, which the flow starts on demand in a fresh
 * workspace: every step explained first, the run live with the Console showing kit and AWS traffic,
 * and a summary whose CA id is the one AWS derives from the signer certificate.
 */
public class ByocWizardTest {

	@org.junit.jupiter.api.AfterEach
	void closeLeftoverWizards() {
		WizardDriver.disposeLeftovers();
	}

	private static Path workspace;

	@BeforeAll
	static void freshWorkspace() throws Exception {
		workspace = Workbench.freshWorkspace("byoc-wizard");
	}

	@Test
	void registersTheSignerStepByStepAndEndsWithTheCaId() throws Exception {
		WizardDriver wizard = WizardDriver.openByCommand("byoc");
		assertEquals("intro", wizard.pageName());
		String intro = wizard.control(StyledText.class, WizardDriver.INTRO_KEY, Boolean.TRUE).getText();
		List<String> steps = List.of("Signer CA certificate", "Look for an earlier registration", "Get the registration code",
				"Build the verification certificate in the Signer kit", "Register the CA (active, auto-registration)",
				"Check the registration");
		int previous = -1;
		for (int i = 0; i < steps.size(); i++) {
			int at = intro.indexOf((i + 1) + ". " + steps.get(i));
			assertTrue(at > previous, "step " + (i + 1) + " '" + steps.get(i) + "' in order in:\n" + intro);
			previous = at;
		}
		assertTrue(intro.contains("proof of possession of the CA's private key"), "the explanations are shown");

		wizard.next();
		assertEquals("connection", wizard.pageName());
		assertTrue(wizard.control(Button.class, WizardDriver.CONNECTION_KEY, "local").getSelection(), "local emulator by default");

		wizard.next();
		assertEquals("options", wizard.pageName());
		List<String> labels = Ui.all(wizard.shell(), Label.class).stream().map(Label::getText).toList();
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("Signer kit")) && labels.stream().anyMatch(l -> l.startsWith("Root kit")),
				"BYOC asks which kits hold the signer and the root: " + labels);

		wizard.next();
		assertEquals("run", wizard.pageName());
		wizard.waitForRunToEnd();
		assertEquals("summary", wizard.pageName(), "the run ended in: " + wizard.error());

		String console = Workbench.console();
		assertNotNull(console, "the Console view was opened for the run");
		assertTrue(console.contains("Iot.GetRegistrationCode") && console.contains("Iot.RegisterCACertificate"),
				"AWS calls in the Console:\n" + console);
		assertTrue(console.contains("emu-signer"), "kit traffic in the Console:\n" + console);

		Map<String, String> values = Workbench.values(wizard.control(Table.class, WizardDriver.SUMMARY_KEY, "values"));
		String caId = values.get("caCertificateId");
		assertNotNull(caId, values.toString());
		assertTrue(caId.matches("[0-9a-f]{64}"), caId);
		assertEquals(values.get("signerAwsId"), caId, "AWS (and the emulator) name a CA by the SHA-256 of its DER");
		List<String> outcomes = Ui.rows(wizard.steps("summary"));
		assertEquals(6, outcomes.size(), outcomes.toString());
		assertTrue(outcomes.stream().allMatch(r -> r.contains("| done |")), outcomes.toString());
		String headline = wizard.control(Label.class, WizardDriver.SUMMARY_KEY, "headline").getText();
		assertTrue(headline.startsWith("Register the signer CA (BYOC) — done in"), headline);

		wizard.press(wizard.control(Button.class, WizardDriver.SUMMARY_KEY, "copyAll"));
		assertTrue(Workbench.clipboard().contains("caCertificateId: " + caId), Workbench.clipboard());

		wizard.finish();
		assertTrue(wizard.shell() == null || wizard.shell().isDisposed(), "Finish closes the wizard");
		Path state = FlowSessions.stateFile(workspace, "byoc", ConnectionProfile.localEmulator());
		assertEquals(caId, FlowState.load(state).require("caCertificateId"));
		assertTrue(Files.isRegularFile(workspace.resolve("emulator").resolve("ports.properties")),
				"the emulator ran in the test's workspace");
	}
}
