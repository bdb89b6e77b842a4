package io.trustbench.pki.ui.tests;

import io.trustbench.testing.swt.SwtEvents;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import io.trustbench.pki.ui.internal.editor.InspectorWidgets;

/** Drives SWT in the UI harness: spin the event loop until a condition holds, find widgets by key. */
final class Ui {

	private Ui() {
	}

	static void waitUntil(BooleanSupplier condition, String what) {
		SwtEvents.until(condition, 10_000, what);
	}

	/** Runs pending UI events (layout, paint) without waiting for anything in particular. */
	static void flush() {
		SwtEvents.drain();
	}

	static IWorkbenchPage page() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		assertNotNull(window, "a workbench window is open");
		return window.getActivePage();
	}

	@SuppressWarnings("unchecked")
	static <T extends Control> T find(Control root, String key) {
		if (key.equals(root.getData(InspectorWidgets.KEY))) {
			return (T) root;
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, key);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
