package io.trustbench.provisioning.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Drives SWT the way the UI harness allows: spin the event loop until a condition holds, never sleep. */
final class Ui {

	private Ui() {
	}

	static void waitUntil(BooleanSupplier condition, long timeoutMillis, java.util.function.Supplier<String> what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting for " + what.get());
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	/** Runs what the event queue holds (asyncExecs of finished jobs). */
	static void drain() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep going
		}
	}

	/** The first control of this type below {@code parent} whose data under {@code key} equals {@code value}. */
	static <T extends Control> T find(Composite parent, Class<T> type, String key, Object value) {
		return all(parent, type).stream().filter(c -> Objects.equals(c.getData(key), value)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " with " + key + "=" + value));
	}

	static <T extends Control> List<T> all(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, type));
			}
		}
		return found;
	}

	/** Every row, columns joined by " | ". */
	static List<String> rows(Table table) {
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			StringBuilder text = new StringBuilder(item.getText(0));
			for (int c = 1; c < Math.max(1, table.getColumnCount()); c++) {
				text.append(" | ").append(item.getText(c));
			}
			rows.add(text.toString());
		}
		return rows;
	}
}
