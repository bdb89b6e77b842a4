package io.trustbench.secureelement.ui.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.Shell;

import io.trustbench.secureelement.ui.internal.operations.DeviceDialogs;
import io.trustbench.secureelement.ui.internal.operations.OperationResult;

/** Scripted answers instead of dialogs, and a record of what the operations showed. */
final class RecordingDialogs implements DeviceDialogs {

	final Deque<byte[][]> hexAnswers = new ArrayDeque<>();
	final List<HexField[]> hexQuestions = new ArrayList<>();
	final List<String> confirmations = new ArrayList<>();
	final List<String> phrases = new ArrayList<>();
	final List<OperationResult> results = new ArrayList<>();
	final List<IStatus> errors = new ArrayList<>();
	final List<String> clipboard = new ArrayList<>();
	boolean confirmAnswer;

	@Override
	public byte[][] askHex(Shell shell, String title, String message, HexField... fields) {
		hexQuestions.add(fields);
		return hexAnswers.poll();
	}

	@Override
	public boolean confirm(Shell shell, String title, String message) {
		confirmations.add(message);
		return confirmAnswer;
	}

	@Override
	public boolean confirmIrreversible(Shell shell, String title, String message, String phrase) {
		confirmations.add(message);
		phrases.add(phrase);
		return confirmAnswer;
	}

	@Override
	public void showResult(Shell shell, OperationResult result) {
		results.add(result);
	}

	@Override
	public void showError(Shell shell, String title, IStatus status) {
		errors.add(status);
	}

	@Override
	public void copyToClipboard(Shell shell, String text) {
		clipboard.add(text);
	}

	void clear() {
		hexAnswers.clear();
		hexQuestions.clear();
		confirmations.clear();
		phrases.clear();
		results.clear();
		errors.clear();
		clipboard.clear();
		confirmAnswer = false;
	}
}
