package io.trustbench.provisioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import io.trustbench.provisioning.ui.ProvisioningUi;
import io.trustbench.provisioning.ui.internal.run.StepTable;
import io.trustbench.provisioning.ui.internal.wizard.FlowWizardDialog;

/** Walks an open provisioning wizard as a user would: buttons pressed, pages read by their controls. */
final class WizardDriver {

	/** Data keys of the wizard's controls (their constants are package-private in the wizard). */
	static final String RUN_KEY = "io.trustbench.provisioning.ui.run";
	static final String SUMMARY_KEY = "io.trustbench.provisioning.ui.summary";
	static final String CONNECTION_KEY = "io.trustbench.provisioning.ui.connection";
	static final String INTRO_KEY = "io.trustbench.provisioning.ui.intro";
	static final String FLOWS_KEY = "io.trustbench.provisioning.ui.flows";
	static final long RUN_TIMEOUT = 180_000;

	final FlowWizardDialog dialog;

	WizardDriver(FlowWizardDialog dialog) {
		this.dialog = dialog;
	}

	/** Opens the wizard of a flow through its command, as the menus do. */
	static WizardDriver openByCommand(String flowId) throws Exception {
		var command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(ProvisioningUi.OPEN_WIZARD_COMMAND);
		var parameterized = ParameterizedCommand.generateCommand(command, Map.of(ProvisioningUi.FLOW_ID_PARAMETER, flowId));
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(parameterized, null);
		return opened();
	}

	/** After a test: disposes any wizard a failed test left open, so the next test starts clean. */
	static void disposeLeftovers() {
		Arrays.stream(Display.getCurrent().getShells()).filter(s -> !s.isDisposed())
				.filter(s -> s.getData() instanceof FlowWizardDialog).forEach(Shell::dispose);
		Ui.drain();
	}

	/** The wizard dialog that is open now (there must be exactly one). */
	static WizardDriver opened() {
		var dialogs = Arrays.stream(Display.getCurrent().getShells()).filter(s -> !s.isDisposed())
				.map(Shell::getData).filter(FlowWizardDialog.class::isInstance).toList();
		assertTrue(dialogs.size() == 1, "one wizard open: " + dialogs);
		return new WizardDriver((FlowWizardDialog) dialogs.get(0));
	}

	Shell shell() {
		return dialog.getShell();
	}

	IWizardPage page() {
		return dialog.getCurrentPage();
	}

	String pageName() {
		return page().getName();
	}

	String error() {
		return ((WizardPage) page()).getErrorMessage();
	}

	Button button(String label) {
		return Ui.all(shell(), Button.class).stream().filter(b -> b.getText().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + label));
	}

	void press(Button button) {
		assertTrue(button.isEnabled(), button.getText() + " is enabled on page " + pageName() + " (error: " + error() + ")");
		button.notifyListeners(SWT.Selection, null);
	}

	/** Presses Next once the page allows it, as a user would (the options page first lists the kits). */
	void next() {
		Ui.waitUntil(() -> button(IDialogConstants.NEXT_LABEL).isEnabled() || error() != null, 20_000,
				() -> "Next on page " + pageName());
		press(button(IDialogConstants.NEXT_LABEL));
	}

	void finish() {
		press(button(IDialogConstants.FINISH_LABEL));
	}

	void cancel() {
		press(button(IDialogConstants.CANCEL_LABEL));
	}

	<T extends Control> T control(Class<T> type, String key, Object value) {
		return Ui.find(shell(), type, key, value);
	}

	Table steps(String which) {
		return control(Table.class, StepTable.TABLE_KEY, which);
	}

	/** Until the run ends: the summary shows, or the page says what failed. */
	void waitForRunToEnd() {
		Ui.waitUntil(() -> shell().isDisposed() || "summary".equals(pageName())
				|| Job.getJobManager().find(ProvisioningUi.JOB_FAMILY).length == 0 && error() != null,
				RUN_TIMEOUT, () -> "the run to end; page " + pageName() + ", steps " + Ui.rows(steps("run")));
		Ui.drain();
	}
}
