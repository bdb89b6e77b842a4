package io.trustbench.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Shows progress as one line on stderr ("[ 42%] Signing certificate: …"), redrawn in place on a
 * terminal and printed once per task otherwise, so logs stay readable. Ctrl-C sets
 * the cancel flag that long work polls.
 */
public final class CliProgressMonitor extends NullProgressMonitor {

	private final PrintStream err;
	private final boolean terminal;
	private double total = 1;
	private double worked;
	private String task = "";
	private String subTask = "";
	private String lastPrinted = "";
	private boolean lineOpen;

	public CliProgressMonitor(PrintStream err, boolean terminal) {
		this.err = err;
		this.terminal = terminal;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name == null ? "" : name;
		total = totalWork <= 0 ? 1 : totalWork;
		worked = 0;
		show(true);
	}

	@Override
	public void setTaskName(String name) {
		task = name == null ? "" : name;
		show(true);
	}

	@Override
	public void subTask(String name) {
		// On a terminal the line is redrawn in place; in a log only task changes get a line, so
		// chatty sub-tasks (device scans, flow steps) do not flood it.
		subTask = name == null ? "" : name;
		show(false);
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void internalWorked(double work) {
		worked = Math.min(total, worked + work);
		show(false);
	}

	@Override
	public void done() {
		worked = total;
		show(false);
		if (terminal && lineOpen) {
			err.println();
			lineOpen = false;
		}
	}

	private synchronized void show(boolean taskChanged) {
		if (task.isEmpty() && subTask.isEmpty()) {
			return;
		}
		int percent = (int) Math.round(100 * worked / total);
		String text = String.format("[%3d%%] %s%s", percent, task,
				subTask.isEmpty() ? "" : (task.isEmpty() ? "" : ": ") + subTask);
		if (terminal) {
			err.print("\r\u001b[2K" + text);
			err.flush();
			lineOpen = true;
		} else if (taskChanged && !text.equals(lastPrinted)) {
			err.println(text);
			lastPrinted = text;
		}
	}
}
