package io.trustbench.secureelement.ui.tests;

import io.trustbench.testing.swt.SwtEvents;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Drives SWT the way the UI harness allows: spin the event loop until a condition holds, never sleep. */
final class Ui {

	private Ui() {
	}

	static void waitUntil(BooleanSupplier condition, long timeoutMillis, String what) {
		SwtEvents.until(condition, timeoutMillis, what);
	}

	/** Waits until no explorer job runs and the UI has caught up with what they changed. */
	static void waitForJobs(Object family, long timeoutMillis) {
		waitUntil(() -> Job.getJobManager().find(family).length == 0, timeoutMillis, "explorer jobs to finish");
		SwtEvents.drain(); // the asyncExecs the jobs queued
	}

	/** The first control below {@code parent} carrying the data key. */
	static <T extends Control> T find(Composite parent, Class<T> type, String key) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && child.getData(key) != null) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type, key);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The first control below {@code parent} of this type (for controls without a data key). */
	static <T extends Control> java.util.List<T> all(Composite parent, Class<T> type) {
		java.util.List<T> found = new java.util.ArrayList<>();
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

	/** Every tree item's texts (columns joined by " = "), expanding as it goes. */
	static java.util.List<String> rows(Tree tree) {
		java.util.List<String> rows = new java.util.ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			collect(item, tree.getColumnCount(), rows);
		}
		return rows;
	}

	private static void collect(TreeItem item, int columns, java.util.List<String> rows) {
		StringBuilder text = new StringBuilder(item.getText(0));
		for (int c = 1; c < columns; c++) {
			text.append(" = ").append(item.getText(c));
		}
		rows.add(text.toString());
		for (TreeItem child : item.getItems()) {
			collect(child, columns, rows);
		}
	}
}
