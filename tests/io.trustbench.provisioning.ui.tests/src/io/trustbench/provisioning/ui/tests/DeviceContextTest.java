package io.trustbench.provisioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.trustbench.provisioning.core.flow.FlowRegistry;
import io.trustbench.provisioning.ui.ProvisioningUi;
import io.trustbench.provisioning.ui.internal.handlers.DeviceFlows;
import io.trustbench.provisioning.ui.internal.inputs.InputField;
import io.trustbench.secureelement.core.DeviceManager;

/**
 * Opening a flow on a kit (the Device Explorer's "Provision" menu): only flows with a device input
 * of the kit's type are offered, and the wizard opens with that kit chosen.
 */
public class DeviceContextTest {

	@org.junit.jupiter.api.AfterEach
	void closeLeftoverWizards() {
		WizardDriver.disposeLeftovers();
	}

	private static Path workspace;
	private static DeviceManager devices;

	@BeforeAll
	static void freshWorkspace() throws Exception {
		workspace = Workbench.freshWorkspace("device-context");
		devices = DeviceManager.forWorkspace(workspace);
	}

	private static List<String> flowsFor(String deviceId) throws Exception {
		return DeviceFlows.forDevice(devices.find(deviceId, null), workspace, devices).stream()
				.map(FlowRegistry.Descriptor::id).toList();
	}

	@Test
	void aKitIsOfferedTheFlowsThatTakeItsType() throws Exception {
		List<String> root = flowsFor("emu-root");
		assertTrue(root.containsAll(List.of("jitr", "jitp")), "JITR and JITP take a root kit: " + root);
		assertFalse(root.contains(AcmeFlowFactory.ID), "the ACME flow takes things only: " + root);
		List<String> thing = flowsFor("emu-thing");
		assertTrue(thing.containsAll(List.of("jitr", "jitp", AcmeFlowFactory.ID)), thing.toString());
		assertFalse(thing.contains(AcmeSlowFlowFactory.ID) || thing.contains(AcmeBrokenFlowFactory.ID),
				"no device input, or not buildable: " + thing);
	}

	@Test
	void theWizardOpensWithTheKitChosen() throws Exception {
		var command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(ProvisioningUi.OPEN_WIZARD_COMMAND);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(
				command, Map.of(ProvisioningUi.FLOW_ID_PARAMETER, "jitr", ProvisioningUi.DEVICE_ID_PARAMETER, "emu-root")), null);
		WizardDriver wizard = WizardDriver.opened();
		wizard.next();
		wizard.next();
		assertEquals("options", wizard.pageName());
		Combo root = wizard.control(Combo.class, InputField.KEY, "root");
		Ui.waitUntil(() -> !root.getText().startsWith("Looking"), 30_000, () -> "the kits: " + Arrays.toString(root.getItems()));
		assertTrue(root.getText().startsWith("emu-root — "), "the kit it was opened on, not (automatic): " + root.getText());
		assertTrue(wizard.control(Combo.class, InputField.KEY, "thing").getText().startsWith("emu-thing — "),
				"other inputs keep their defaults");
		wizard.cancel();
		assertTrue(wizard.dialog.getShell() == null);
	}

	@Test
	void theDeviceExplorerOffersProvisionOnAKit() throws Exception {
		IWorkbenchPage page = Workbench.page();
		IViewPart explorer = page.showView("io.trustbench.secureelement.ui.explorer");
		page.activate(explorer);
		Ui.waitUntil(() -> rootKit(explorer) != null, 30_000, () -> "the explorer to list the root kit");
		TreeItem root = rootKit(explorer);
		Tree tree = root.getParent();
		tree.setSelection(root);
		Event select = new Event();
		select.item = root;
		tree.notifyListeners(SWT.Selection, select);
		Ui.drain();

		Menu popup = open(tree.getMenu());
		MenuItem provision = Arrays.stream(popup.getItems()).filter(i -> i.getText().replace("&", "").equals("Provision"))
				.findFirst().orElseThrow(() -> new AssertionError("no Provision in " + labels(popup)));
		Menu flows = open(provision.getMenu());
		List<String> offered = labels(flows);
		assertTrue(offered.contains("Just-in-time registration (JITR)…"), offered.toString());
		assertFalse(offered.contains("ACME test onboarding…"), "only flows that take a root kit: " + offered);
		MenuItem jitr = Arrays.stream(flows.getItems()).filter(i -> i.getText().startsWith("Just-in-time registration"))
				.findFirst().orElseThrow();
		jitr.notifyListeners(SWT.Selection, new Event());
		popup.notifyListeners(SWT.Hide, new Event());

		WizardDriver wizard = WizardDriver.opened();
		wizard.next();
		wizard.next();
		Combo rootInput = wizard.control(Combo.class, InputField.KEY, "root");
		Ui.waitUntil(() -> !rootInput.getText().startsWith("Looking"), 30_000, () -> "the kits");
		assertTrue(rootInput.getText().startsWith("emu-root — "), rootInput.getText());
		wizard.cancel();
	}

	/** The explorer's item for the emulated root kit, once listed. */
	private static TreeItem rootKit(IViewPart explorer) {
		for (Tree tree : Ui.all(explorer.getSite().getShell(), Tree.class)) {
			for (TreeItem transport : tree.getItems()) {
				for (TreeItem kit : transport.getItems()) {
					if (kit.getText().contains("Root")) {
						return kit;
					}
				}
			}
		}
		return null;
	}

	private static Menu open(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		Ui.drain();
		return menu;
	}

	private static List<String> labels(Menu menu) {
		return Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "")).toList();
	}
}
