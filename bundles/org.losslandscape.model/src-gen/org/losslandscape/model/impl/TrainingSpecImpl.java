/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.TrainingSpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.impl.TrainingSpecImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.TrainingSpecImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.TrainingSpecImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.TrainingSpecImpl#getEvaluateEvery <em>Evaluate Every</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.TrainingSpecImpl#getCheckpointEvery <em>Checkpoint Every</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.TrainingSpecImpl#getEarlyStoppingPatience <em>Early Stopping Patience</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.TrainingSpecImpl#getEarlyStoppingMinDelta <em>Early Stopping Min Delta</em>}</li>
 *   <li>{@link org.losslandscape.model.impl.TrainingSpecImpl#isRestoreBest <em>Restore Best</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingSpecImpl extends EObjectImpl implements TrainingSpec {
	/**
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final long STEPS_EDEFAULT = 1000L;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected long steps = STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final long EPOCHS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected long epochs = EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvaluateEvery() <em>Evaluate Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluateEvery()
	 * @generated
	 * @ordered
	 */
	protected static final int EVALUATE_EVERY_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getEvaluateEvery() <em>Evaluate Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluateEvery()
	 * @generated
	 * @ordered
	 */
	protected int evaluateEvery = EVALUATE_EVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCheckpointEvery() <em>Checkpoint Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointEvery()
	 * @generated
	 * @ordered
	 */
	protected static final int CHECKPOINT_EVERY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCheckpointEvery() <em>Checkpoint Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointEvery()
	 * @generated
	 * @ordered
	 */
	protected int checkpointEvery = CHECKPOINT_EVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEarlyStoppingPatience() <em>Early Stopping Patience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyStoppingPatience()
	 * @generated
	 * @ordered
	 */
	protected static final int EARLY_STOPPING_PATIENCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEarlyStoppingPatience() <em>Early Stopping Patience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyStoppingPatience()
	 * @generated
	 * @ordered
	 */
	protected int earlyStoppingPatience = EARLY_STOPPING_PATIENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEarlyStoppingMinDelta() <em>Early Stopping Min Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyStoppingMinDelta()
	 * @generated
	 * @ordered
	 */
	protected static final double EARLY_STOPPING_MIN_DELTA_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getEarlyStoppingMinDelta() <em>Early Stopping Min Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyStoppingMinDelta()
	 * @generated
	 * @ordered
	 */
	protected double earlyStoppingMinDelta = EARLY_STOPPING_MIN_DELTA_EDEFAULT;

	/**
	 * The default value of the '{@link #isRestoreBest() <em>Restore Best</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRestoreBest()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RESTORE_BEST_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRestoreBest() <em>Restore Best</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRestoreBest()
	 * @generated
	 * @ordered
	 */
	protected boolean restoreBest = RESTORE_BEST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.TRAINING_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSteps() {
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteps(long newSteps) {
		long oldSteps = steps;
		steps = newSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TRAINING_SPEC__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEpochs() {
		return epochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpochs(long newEpochs) {
		long oldEpochs = epochs;
		epochs = newEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TRAINING_SPEC__EPOCHS, oldEpochs, epochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TRAINING_SPEC__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEvaluateEvery() {
		return evaluateEvery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluateEvery(int newEvaluateEvery) {
		int oldEvaluateEvery = evaluateEvery;
		evaluateEvery = newEvaluateEvery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TRAINING_SPEC__EVALUATE_EVERY, oldEvaluateEvery, evaluateEvery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCheckpointEvery() {
		return checkpointEvery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckpointEvery(int newCheckpointEvery) {
		int oldCheckpointEvery = checkpointEvery;
		checkpointEvery = newCheckpointEvery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TRAINING_SPEC__CHECKPOINT_EVERY, oldCheckpointEvery, checkpointEvery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEarlyStoppingPatience() {
		return earlyStoppingPatience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEarlyStoppingPatience(int newEarlyStoppingPatience) {
		int oldEarlyStoppingPatience = earlyStoppingPatience;
		earlyStoppingPatience = newEarlyStoppingPatience;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TRAINING_SPEC__EARLY_STOPPING_PATIENCE, oldEarlyStoppingPatience, earlyStoppingPatience));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEarlyStoppingMinDelta() {
		return earlyStoppingMinDelta;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEarlyStoppingMinDelta(double newEarlyStoppingMinDelta) {
		double oldEarlyStoppingMinDelta = earlyStoppingMinDelta;
		earlyStoppingMinDelta = newEarlyStoppingMinDelta;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TRAINING_SPEC__EARLY_STOPPING_MIN_DELTA, oldEarlyStoppingMinDelta, earlyStoppingMinDelta));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRestoreBest() {
		return restoreBest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestoreBest(boolean newRestoreBest) {
		boolean oldRestoreBest = restoreBest;
		restoreBest = newRestoreBest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TRAINING_SPEC__RESTORE_BEST, oldRestoreBest, restoreBest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.TRAINING_SPEC__STEPS:
				return getSteps();
			case LandscapePackage.TRAINING_SPEC__EPOCHS:
				return getEpochs();
			case LandscapePackage.TRAINING_SPEC__BATCH_SIZE:
				return getBatchSize();
			case LandscapePackage.TRAINING_SPEC__EVALUATE_EVERY:
				return getEvaluateEvery();
			case LandscapePackage.TRAINING_SPEC__CHECKPOINT_EVERY:
				return getCheckpointEvery();
			case LandscapePackage.TRAINING_SPEC__EARLY_STOPPING_PATIENCE:
				return getEarlyStoppingPatience();
			case LandscapePackage.TRAINING_SPEC__EARLY_STOPPING_MIN_DELTA:
				return getEarlyStoppingMinDelta();
			case LandscapePackage.TRAINING_SPEC__RESTORE_BEST:
				return isRestoreBest();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LandscapePackage.TRAINING_SPEC__STEPS:
				setSteps((Long)newValue);
				return;
			case LandscapePackage.TRAINING_SPEC__EPOCHS:
				setEpochs((Long)newValue);
				return;
			case LandscapePackage.TRAINING_SPEC__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case LandscapePackage.TRAINING_SPEC__EVALUATE_EVERY:
				setEvaluateEvery((Integer)newValue);
				return;
			case LandscapePackage.TRAINING_SPEC__CHECKPOINT_EVERY:
				setCheckpointEvery((Integer)newValue);
				return;
			case LandscapePackage.TRAINING_SPEC__EARLY_STOPPING_PATIENCE:
				setEarlyStoppingPatience((Integer)newValue);
				return;
			case LandscapePackage.TRAINING_SPEC__EARLY_STOPPING_MIN_DELTA:
				setEarlyStoppingMinDelta((Double)newValue);
				return;
			case LandscapePackage.TRAINING_SPEC__RESTORE_BEST:
				setRestoreBest((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LandscapePackage.TRAINING_SPEC__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case LandscapePackage.TRAINING_SPEC__EPOCHS:
				setEpochs(EPOCHS_EDEFAULT);
				return;
			case LandscapePackage.TRAINING_SPEC__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case LandscapePackage.TRAINING_SPEC__EVALUATE_EVERY:
				setEvaluateEvery(EVALUATE_EVERY_EDEFAULT);
				return;
			case LandscapePackage.TRAINING_SPEC__CHECKPOINT_EVERY:
				setCheckpointEvery(CHECKPOINT_EVERY_EDEFAULT);
				return;
			case LandscapePackage.TRAINING_SPEC__EARLY_STOPPING_PATIENCE:
				setEarlyStoppingPatience(EARLY_STOPPING_PATIENCE_EDEFAULT);
				return;
			case LandscapePackage.TRAINING_SPEC__EARLY_STOPPING_MIN_DELTA:
				setEarlyStoppingMinDelta(EARLY_STOPPING_MIN_DELTA_EDEFAULT);
				return;
			case LandscapePackage.TRAINING_SPEC__RESTORE_BEST:
				setRestoreBest(RESTORE_BEST_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LandscapePackage.TRAINING_SPEC__STEPS:
				return steps != STEPS_EDEFAULT;
			case LandscapePackage.TRAINING_SPEC__EPOCHS:
				return epochs != EPOCHS_EDEFAULT;
			case LandscapePackage.TRAINING_SPEC__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case LandscapePackage.TRAINING_SPEC__EVALUATE_EVERY:
				return evaluateEvery != EVALUATE_EVERY_EDEFAULT;
			case LandscapePackage.TRAINING_SPEC__CHECKPOINT_EVERY:
				return checkpointEvery != CHECKPOINT_EVERY_EDEFAULT;
			case LandscapePackage.TRAINING_SPEC__EARLY_STOPPING_PATIENCE:
				return earlyStoppingPatience != EARLY_STOPPING_PATIENCE_EDEFAULT;
			case LandscapePackage.TRAINING_SPEC__EARLY_STOPPING_MIN_DELTA:
				return earlyStoppingMinDelta != EARLY_STOPPING_MIN_DELTA_EDEFAULT;
			case LandscapePackage.TRAINING_SPEC__RESTORE_BEST:
				return restoreBest != RESTORE_BEST_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (steps: ");
		result.append(steps);
		result.append(", epochs: ");
		result.append(epochs);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(", evaluateEvery: ");
		result.append(evaluateEvery);
		result.append(", checkpointEvery: ");
		result.append(checkpointEvery);
		result.append(", earlyStoppingPatience: ");
		result.append(earlyStoppingPatience);
		result.append(", earlyStoppingMinDelta: ");
		result.append(earlyStoppingMinDelta);
		result.append(", restoreBest: ");
		result.append(restoreBest);
		result.append(')');
		return result.toString();
	}

} //TrainingSpecImpl
