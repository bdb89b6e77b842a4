package io.trustbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import io.trustbench.core.TrafficLog;
import io.trustbench.ui.TrustbenchUi;
import io.trustbench.ui.internal.about.AboutDialog;
import io.trustbench.ui.internal.console.ConsoleView;

/**
 * Runs inside the Trustbench application (Tycho UI harness): the window opens on the Trustbench
 * perspective with Console and Properties, the Console shows traffic logged from another thread,
 * Help > About lists versions, and the preference page is registered.
 */
public class WorkbenchShellTest {

	private static void waitUntil(BooleanSupplier condition, long timeoutMillis, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	private static IWorkbenchPage page() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "a workbench window is open");
		return window.getActivePage();
	}

	@Test
	void opensOnTheTrustbenchPerspectiveWithItsViews() throws Exception {
		IWorkbenchPage page = page();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(TrustbenchUi.PERSPECTIVE_ID));
		page.resetPerspective();
		assertEquals(TrustbenchUi.PERSPECTIVE_ID, page.getPerspective().getId());
		assertNotNull(page.findView(TrustbenchUi.CONSOLE_VIEW_ID), "Console view open");
		assertNotNull(page.findView(TrustbenchUi.PROPERTIES_VIEW_ID), "Properties view open");
		assertTrue(page.isEditorAreaVisible(), "editor area in the centre");
		assertEquals("Trustbench", page.getWorkbenchWindow().getShell().getText());
	}

	@Test
	void consoleShowsTrafficLoggedFromAnyThread() throws Exception {
		IViewPart view = page().showView(TrustbenchUi.CONSOLE_VIEW_ID);
		ConsoleView console = (ConsoleView) view;
		Thread device = new Thread(() -> TrafficLog.global().log(TrafficLog.Channel.DEVICE_TX, "Signer kit", "aws:p(03)"));
		device.start();
		device.join();
		waitUntil(() -> console.contents().contains("Signer kit: aws:p(03)"), 10_000, "the console line");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("io.trustbench.ui.console.clear", null);
		assertTrue(console.contents().isEmpty() || !console.contents().contains("aws:p(03)"));
	}

	@Test
	void aboutListsVersions() {
		Shell shell = page().getWorkbenchWindow().getShell();
		AboutDialog dialog = new AboutDialog(shell);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Table table = findTable(dialog.getShell());
			assertNotNull(table);
			boolean hasTrustbench = false;
			boolean hasBouncyCastle = false;
			for (int i = 0; i < table.getItemCount(); i++) {
				hasTrustbench |= table.getItem(i).getText(0).equals("Trustbench");
				hasBouncyCastle |= table.getItem(i).getText(0).startsWith("BouncyCastle");
			}
			assertTrue(hasTrustbench && hasBouncyCastle, "versions of Trustbench and its libraries");
		} finally {
			dialog.close();
		}
	}

	@Test
	void preferencePageIsRegistered() {
		assertNotNull(PlatformUI.getWorkbench().getPreferenceManager().find("io.trustbench.ui.preferences.general"));
	}

	private static Table findTable(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Table table && table.getData(AboutDialog.TABLE_KEY) != null) {
				return table;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				Table found = findTable(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
