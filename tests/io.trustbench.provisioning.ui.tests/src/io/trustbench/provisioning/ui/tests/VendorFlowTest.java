package io.trustbench.provisioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.provisioning.ui.ProvisioningUi;
import io.trustbench.provisioning.ui.internal.inputs.InputField;
import io.trustbench.provisioning.ui.internal.wizard.FlowWizard;
import io.trustbench.provisioning.ui.internal.wizard.FlowWizardDialog;

/**
 * Flows a vendor contributes (this bundle's plugin.xml) get the wizard for free: they are listed
 * in File > New, the Provisioning menu and the New wizard's flow list; their options page is
 * generated from their inputs and validated; secrets stay in memory; and closing a wizard while a
 * run goes on asks, then cancels the run.
 */
public class VendorFlowTest {

	@org.junit.jupiter.api.AfterEach
	void closeLeftoverWizards() {
		WizardDriver.disposeLeftovers();
	}

	private static final String PIN = "4711-top-secret";
	private static Path workspace;

	@BeforeAll
	static void freshWorkspace() throws Exception {
		workspace = Workbench.freshWorkspace("vendor-wizard");
	}

	@Test
	void vendorFlowsAreListedWhereverFlowsAre() {
		List<String> provisioning = menu("Provisioning");
		assertTrue(provisioning.containsAll(List.of("Register the signer CA (BYOC)…", "ACME test onboarding…",
				"ACME slow onboarding…", "All Flows…")), provisioning.toString());
		List<String> fileNew = submenu(menuItem(bar(), "File").getMenu(), "New");
		assertTrue(fileNew.contains("ACME test onboarding…") && fileNew.contains("Other…"), fileNew.toString());

		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(ProvisioningUi.NEW_WIZARD_ID);
		assertNotNull(descriptor, "File > New > Other… offers the provisioning wizard");
		assertEquals("Trustbench Provisioning", descriptor.getCategory().getLabel());
		FlowWizard newWizard;
		try {
			newWizard = (FlowWizard) descriptor.createWizard();
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new AssertionError(e);
		}
		newWizard.init(PlatformUI.getWorkbench(), null);
		WizardDriver wizard = new WizardDriver(FlowWizardDialog.open(Display.getCurrent().getActiveShell(), newWizard));
		assertEquals("flows", wizard.pageName());
		Table flows = wizard.control(Table.class, WizardDriver.FLOWS_KEY, Boolean.TRUE);
		List<String> rows = Ui.rows(flows);
		int acme = rows.indexOf("ACME test onboarding | acme-test | io.trustbench.provisioning.ui.tests");
		assertTrue(acme >= 0, rows.toString());
		assertFalse(wizard.button(IDialogConstants.NEXT_LABEL).isEnabled(), "a flow must be chosen first");
		Label description = wizard.control(Label.class, WizardDriver.FLOWS_KEY, "description");
		flows.select(rows.indexOf("Register the signer CA (BYOC) | byoc | io.trustbench.provisioning.core"));
		flows.notifyListeners(SWT.Selection, new Event());
		assertTrue(description.getText().startsWith("Registers the production signer"), "the flow's own paragraph");
		flows.select(acme);
		flows.notifyListeners(SWT.Selection, new Event());
		assertEquals("A vendor's flow contributed by the test bundle", description.getText());
		wizard.next();
		String intro = wizard.control(StyledText.class, WizardDriver.INTRO_KEY, Boolean.TRUE).getText();
		assertTrue(intro.contains("1. Read the kit's serial number\nThe ATECC508A's nine-byte serial number"), intro);
		assertEquals("Provisioning — ACME test onboarding", wizard.shell().getText());
		wizard.cancel();
		assertTrue(wizard.dialog.getShell() == null, "nothing runs yet: Cancel closes without asking");
	}

	@Test
	void optionsAreGeneratedValidatedAndTheSecretIsNeverSaved() throws Exception {
		MenuItem item = Arrays.stream(open(menuItem(bar(), "Provisioning").getMenu()).getItems())
				.filter(i -> i.getText().equals("ACME test onboarding…")).findFirst().orElseThrow();
		item.notifyListeners(SWT.Selection, new Event());
		WizardDriver wizard = WizardDriver.opened();
		wizard.next();
		wizard.next();
		assertEquals("options", wizard.pageName());

		Combo thing = wizard.control(Combo.class, InputField.KEY, "thing");
		Ui.waitUntil(() -> thing.getItemCount() > 0 && thing.getItem(0).startsWith("emu-"), 30_000,
				() -> "the kits in " + Arrays.toString(thing.getItems()));
		List<String> kits = List.of(thing.getItems());
		assertTrue(thing.getText().startsWith("emu-thing — "), thing.getText());
		assertTrue(kits.stream().noneMatch(k -> k.startsWith("emu-signer") || k.startsWith("emu-root")),
				"only things are offered: " + kits);
		Text batch = wizard.control(Text.class, InputField.KEY, "batch");
		assertEquals("lot-1", batch.getText());
		Text pin = wizard.control(Text.class, InputField.KEY, "pin");
		assertTrue((pin.getStyle() & SWT.PASSWORD) != 0, "secrets are masked");
		assertEquals("", pin.getText(), "secrets are never prefilled");
		Spinner count = wizard.control(Spinner.class, InputField.KEY, "count");
		assertEquals(2, count.getSelection());
		Button dryRun = wizard.control(Button.class, InputField.KEY, "dryRun");
		assertTrue((dryRun.getStyle() & SWT.CHECK) != 0 && !dryRun.getSelection());

		batch.setText("  ");
		assertEquals("Batch must not be empty.", wizard.error());
		assertFalse(wizard.button(IDialogConstants.NEXT_LABEL).isEnabled());
		batch.setText("lot-7");
		assertNull(wizard.error());
		pin.setText(PIN);
		count.setSelection(3);
		count.notifyListeners(SWT.Modify, new Event());
		dryRun.setSelection(true);
		dryRun.notifyListeners(SWT.Selection, new Event());

		wizard.next();
		wizard.waitForRunToEnd();
		assertEquals("summary", wizard.pageName(), "the run ended in: " + wizard.error());
		Map<String, String> values = Workbench.values(wizard.control(Table.class, WizardDriver.SUMMARY_KEY, "values"));
		assertEquals("lot-7", values.get("batch"));
		assertEquals("3", values.get("count"));
		assertEquals("true", values.get("dryRun"));
		assertEquals(Integer.toString(PIN.length()), values.get("pinLength"), "the flow got the secret");
		assertTrue(values.get("thingSerial").matches("[0-9A-Fa-f]{18}"), values.toString());
		assertTrue(Workbench.console().contains("emu-thing"), "the kit's traffic is in the Console");
		assertFalse(values.toString().contains(PIN) || Workbench.console().contains(PIN));
		assertEquals(List.of(), Workbench.filesContaining(workspace, PIN), "the secret is in no file");
		assertTrue(Files.isRegularFile(FlowSessions.stateFile(workspace, "acme-test", ConnectionProfile.localEmulator())));
		wizard.finish();
	}

	@Test
	void closingWhileRunningAsksAndCancelsTheRun() throws Exception {
		AcmeSlowFlowFactory.CANCELLED.set(false);
		WizardDriver wizard = WizardDriver.openByCommand(AcmeSlowFlowFactory.ID);
		wizard.next();
		wizard.next();
		wizard.next();
		Table steps = wizard.steps("run");
		Ui.waitUntil(() -> Ui.rows(steps).size() == 2 && Ui.rows(steps).get(1).contains("running…"), 30_000,
				() -> "the waiting step to start: " + Ui.rows(steps));
		assertFalse(wizard.button(IDialogConstants.BACK_LABEL).isEnabled(), "no going back while running");
		answerQuestion(IDialogConstants.YES_LABEL);
		wizard.cancel();
		assertTrue(wizard.dialog.getShell() == null, "the wizard closed after the answer");
		Ui.waitUntil(() -> Job.getJobManager().find(ProvisioningUi.JOB_FAMILY).length == 0, 30_000, () -> "the run to stop");
		assertTrue(AcmeSlowFlowFactory.CANCELLED.get(), "the running step saw the cancellation");
		String state = Files.readString(FlowSessions.stateFile(workspace, AcmeSlowFlowFactory.ID, ConnectionProfile.localEmulator()));
		assertTrue(state.contains("\"serial\"") && !state.contains("\"wait\""), "the completed step is kept: " + state);
	}

	@Test
	void aVendorFlowThatCannotBeBuiltIsReportedInOneLine() throws Exception {
		WizardDriver wizard = WizardDriver.openByCommand(AcmeBrokenFlowFactory.ID);
		assertEquals("intro", wizard.pageName());
		assertEquals("The flow \"ACME broken onboarding\" cannot be built: ACME back end not configured", wizard.error());
		assertFalse(wizard.button(IDialogConstants.NEXT_LABEL).isEnabled(), "nothing can run");
		wizard.cancel();
		assertTrue(wizard.dialog.getShell() == null);
	}

	/** Presses {@code answer} in the question the next event loop opens (the wizard's "stop the run?"). */
	private static void answerQuestion(String answer) {
		Display display = Display.getCurrent();
		display.asyncExec(new Runnable() {
			@Override
			public void run() {
				Shell question = Arrays.stream(display.getShells())
						.filter(s -> !s.isDisposed() && s.getData() instanceof MessageDialog).findFirst().orElse(null);
				if (question == null) {
					display.asyncExec(this); // the dialog is not open yet
					return;
				}
				Ui.all(question, Button.class).stream().filter(b -> b.getText().equals(answer)).findFirst().orElseThrow()
						.notifyListeners(SWT.Selection, new Event());
			}
		});
	}

	private static Menu bar() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().getMenuBar();
	}

	private static MenuItem menuItem(Menu menu, String text) {
		return Arrays.stream(open(menu).getItems()).filter(i -> i.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no menu " + text));
	}

	/** Lets the menu fill itself, dynamic contributions included, as when the user opens it. */
	private static Menu open(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		Ui.drain();
		return menu;
	}

	private static List<String> menu(String name) {
		return labels(open(menuItem(bar(), name).getMenu()));
	}

	private static List<String> submenu(Menu parent, String name) {
		return labels(open(menuItem(parent, name).getMenu()));
	}

	private static List<String> labels(Menu menu) {
		return Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "").replaceAll("\t.*", "")).toList();
	}
}
