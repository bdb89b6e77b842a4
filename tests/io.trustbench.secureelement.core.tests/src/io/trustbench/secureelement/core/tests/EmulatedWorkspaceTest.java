package io.trustbench.secureelement.core.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import io.trustbench.secureelement.core.internal.emulator.EmulatedKits;

/**
 * A new workspace for each test; afterwards the process forgets its running emulated kits, so no
 * kit of a deleted workspace outlives its test.
 */
abstract class EmulatedWorkspaceTest {

	@TempDir
	Path workspace;

	@AfterEach
	void forgetRunningKits() {
		EmulatedKits.forgetAll();
	}
}
