package io.trustbench.provisioning.ui.tests;

import io.trustbench.testing.swt.SwtEvents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Drives SWT the way the UI harness allows: spin the event loop until a condition holds, never sleep. */
final class Ui {

	private Ui() {
	}

	static void waitUntil(BooleanSupplier condition, long timeoutMillis, java.util.function.Supplier<String> what) {
		SwtEvents.until(condition, timeoutMillis, what);
	}

	/** Runs what the event queue holds (asyncExecs of finished jobs). */
	static void drain() {
		SwtEvents.drain();
	}

	/** The first control of this type below {@code parent} whose data under {@code key} equals {@code value}. */
	static <T extends Control> T find(Composite parent, Class<T> type, String key, Object value) {
		return all(parent, type).stream().filter(c -> Objects.equals(c.getData(key), value)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " with " + key + "=" + value));
	}

	static <T extends Control> List<T> all(Composite parent, Class<T> type) {
		return descendants(parent).skip(1).filter(type::isInstance).map(type::cast).toList();
	}

	/** The control and every control below it, depth first. */
	private static Stream<Control> descendants(Control control) {
		Stream<Control> below = control instanceof Composite composite
				? Arrays.stream(composite.getChildren()).flatMap(Ui::descendants)
				: Stream.empty();
		return Stream.concat(Stream.of(control), below);
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
