/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.TrainingSpec#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.losslandscape.model.TrainingSpec#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.losslandscape.model.TrainingSpec#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.losslandscape.model.TrainingSpec#getEvaluateEvery <em>Evaluate Every</em>}</li>
 *   <li>{@link org.losslandscape.model.TrainingSpec#getCheckpointEvery <em>Checkpoint Every</em>}</li>
 *   <li>{@link org.losslandscape.model.TrainingSpec#getEarlyStoppingPatience <em>Early Stopping Patience</em>}</li>
 *   <li>{@link org.losslandscape.model.TrainingSpec#getEarlyStoppingMinDelta <em>Early Stopping Min Delta</em>}</li>
 *   <li>{@link org.losslandscape.model.TrainingSpec#isRestoreBest <em>Restore Best</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getTrainingSpec()
 * @model
 * @generated
 */
public interface TrainingSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of optimizer steps; use either steps or epochs (0 = unused).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(long)
	 * @see org.losslandscape.model.LandscapePackage#getTrainingSpec_Steps()
	 * @model default="1000"
	 * @generated
	 */
	long getSteps();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.TrainingSpec#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(long value);

	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of epochs; use either steps or epochs (0 = unused).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Epochs</em>' attribute.
	 * @see #setEpochs(long)
	 * @see org.losslandscape.model.LandscapePackage#getTrainingSpec_Epochs()
	 * @model default="0"
	 * @generated
	 */
	long getEpochs();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.TrainingSpec#getEpochs <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epochs</em>' attribute.
	 * @see #getEpochs()
	 * @generated
	 */
	void setEpochs(long value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mini-batch size; 0 = full batch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.losslandscape.model.LandscapePackage#getTrainingSpec_BatchSize()
	 * @model default="0"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.TrainingSpec#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Evaluate Every</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluate Every</em>' attribute.
	 * @see #setEvaluateEvery(int)
	 * @see org.losslandscape.model.LandscapePackage#getTrainingSpec_EvaluateEvery()
	 * @model default="100"
	 * @generated
	 */
	int getEvaluateEvery();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.TrainingSpec#getEvaluateEvery <em>Evaluate Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluate Every</em>' attribute.
	 * @see #getEvaluateEvery()
	 * @generated
	 */
	void setEvaluateEvery(int value);

	/**
	 * Returns the value of the '<em><b>Checkpoint Every</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps between checkpoints; 0 = no checkpoints.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checkpoint Every</em>' attribute.
	 * @see #setCheckpointEvery(int)
	 * @see org.losslandscape.model.LandscapePackage#getTrainingSpec_CheckpointEvery()
	 * @model default="0"
	 * @generated
	 */
	int getCheckpointEvery();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.TrainingSpec#getCheckpointEvery <em>Checkpoint Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checkpoint Every</em>' attribute.
	 * @see #getCheckpointEvery()
	 * @generated
	 */
	void setCheckpointEvery(int value);

	/**
	 * Returns the value of the '<em><b>Early Stopping Patience</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evaluations without improvement before stopping; 0 = no early stopping.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Early Stopping Patience</em>' attribute.
	 * @see #setEarlyStoppingPatience(int)
	 * @see org.losslandscape.model.LandscapePackage#getTrainingSpec_EarlyStoppingPatience()
	 * @model default="0"
	 * @generated
	 */
	int getEarlyStoppingPatience();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.TrainingSpec#getEarlyStoppingPatience <em>Early Stopping Patience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Early Stopping Patience</em>' attribute.
	 * @see #getEarlyStoppingPatience()
	 * @generated
	 */
	void setEarlyStoppingPatience(int value);

	/**
	 * Returns the value of the '<em><b>Early Stopping Min Delta</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Early Stopping Min Delta</em>' attribute.
	 * @see #setEarlyStoppingMinDelta(double)
	 * @see org.losslandscape.model.LandscapePackage#getTrainingSpec_EarlyStoppingMinDelta()
	 * @model default="0.0"
	 * @generated
	 */
	double getEarlyStoppingMinDelta();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.TrainingSpec#getEarlyStoppingMinDelta <em>Early Stopping Min Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Early Stopping Min Delta</em>' attribute.
	 * @see #getEarlyStoppingMinDelta()
	 * @generated
	 */
	void setEarlyStoppingMinDelta(double value);

	/**
	 * Returns the value of the '<em><b>Restore Best</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Restore Best</em>' attribute.
	 * @see #setRestoreBest(boolean)
	 * @see org.losslandscape.model.LandscapePackage#getTrainingSpec_RestoreBest()
	 * @model default="false"
	 * @generated
	 */
	boolean isRestoreBest();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.TrainingSpec#isRestoreBest <em>Restore Best</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restore Best</em>' attribute.
	 * @see #isRestoreBest()
	 * @generated
	 */
	void setRestoreBest(boolean value);

} // TrainingSpec
