/**
 * Copyright (c) 2026 the Loss Landscape Workbench developers.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.losslandscape.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.losslandscape.model.Run#getId <em>Id</em>}</li>
 *   <li>{@link org.losslandscape.model.Run#getVariant <em>Variant</em>}</li>
 *   <li>{@link org.losslandscape.model.Run#getStatus <em>Status</em>}</li>
 *   <li>{@link org.losslandscape.model.Run#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.losslandscape.model.Run#getEndTime <em>End Time</em>}</li>
 *   <li>{@link org.losslandscape.model.Run#getMessage <em>Message</em>}</li>
 *   <li>{@link org.losslandscape.model.Run#getConfiguration <em>Configuration</em>}</li>
 *   <li>{@link org.losslandscape.model.Run#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.losslandscape.model.Run#getResults <em>Results</em>}</li>
 *   <li>{@link org.losslandscape.model.Run#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.losslandscape.model.Run#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link org.losslandscape.model.Run#getJvm <em>Jvm</em>}</li>
 *   <li>{@link org.losslandscape.model.Run#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.losslandscape.model.Run#getDataDigests <em>Data Digests</em>}</li>
 * </ul>
 *
 * @see org.losslandscape.model.LandscapePackage#getRun()
 * @model
 * @generated
 */
public interface Run extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique within the experiment; comparisons reference the run by it (in the file: runs="run-1 run-2").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.losslandscape.model.LandscapePackage#getRun_Id()
	 * @model id="true" dataType="org.losslandscape.model.RunId"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Run#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Variant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the experiment variant this run ran, or empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variant</em>' attribute.
	 * @see #setVariant(String)
	 * @see org.losslandscape.model.LandscapePackage#getRun_Variant()
	 * @model
	 * @generated
	 */
	String getVariant();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Run#getVariant <em>Variant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variant</em>' attribute.
	 * @see #getVariant()
	 * @generated
	 */
	void setVariant(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"PLANNED"</code>.
	 * The literals are from the enumeration {@link org.losslandscape.model.RunStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.losslandscape.model.RunStatus
	 * @see #setStatus(RunStatus)
	 * @see org.losslandscape.model.LandscapePackage#getRun_Status()
	 * @model default="PLANNED"
	 * @generated
	 */
	RunStatus getStatus();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Run#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.losslandscape.model.RunStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RunStatus value);

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(Date)
	 * @see org.losslandscape.model.LandscapePackage#getRun_StartTime()
	 * @model
	 * @generated
	 */
	Date getStartTime();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Run#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(Date value);

	/**
	 * Returns the value of the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Time</em>' attribute.
	 * @see #setEndTime(Date)
	 * @see org.losslandscape.model.LandscapePackage#getRun_EndTime()
	 * @model
	 * @generated
	 */
	Date getEndTime();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Run#getEndTime <em>End Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Time</em>' attribute.
	 * @see #getEndTime()
	 * @generated
	 */
	void setEndTime(Date value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.losslandscape.model.LandscapePackage#getRun_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Run#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Configuration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Copies of the specifications the run was started with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Configuration</em>' containment reference.
	 * @see #setConfiguration(ConfigurationSnapshot)
	 * @see org.losslandscape.model.LandscapePackage#getRun_Configuration()
	 * @model containment="true"
	 * @generated
	 */
	ConfigurationSnapshot getConfiguration();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Run#getConfiguration <em>Configuration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Configuration</em>' containment reference.
	 * @see #getConfiguration()
	 * @generated
	 */
	void setConfiguration(ConfigurationSnapshot value);

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.losslandscape.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.losslandscape.model.LandscapePackage#getRun_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Metric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.losslandscape.model.ResultRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.losslandscape.model.LandscapePackage#getRun_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<ResultRef> getResults();

	/**
	 * Returns the value of the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the compute backend that computed the run, e.g. "java"; unset in runs from before it was recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backend</em>' attribute.
	 * @see #setBackend(String)
	 * @see org.losslandscape.model.LandscapePackage#getRun_Backend()
	 * @model
	 * @generated
	 */
	String getBackend();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Run#getBackend <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend</em>' attribute.
	 * @see #getBackend()
	 * @generated
	 */
	void setBackend(String value);

	/**
	 * Returns the value of the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the engine that computed the run (the core bundle's version, with its build qualifier); unset in runs from before it was recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Engine Version</em>' attribute.
	 * @see #setEngineVersion(String)
	 * @see org.losslandscape.model.LandscapePackage#getRun_EngineVersion()
	 * @model
	 * @generated
	 */
	String getEngineVersion();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Run#getEngineVersion <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine Version</em>' attribute.
	 * @see #getEngineVersion()
	 * @generated
	 */
	void setEngineVersion(String value);

	/**
	 * Returns the value of the '<em><b>Jvm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Java runtime the run ran on: vendor, version and architecture.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jvm</em>' attribute.
	 * @see #setJvm(String)
	 * @see org.losslandscape.model.LandscapePackage#getRun_Jvm()
	 * @model
	 * @generated
	 */
	String getJvm();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Run#getJvm <em>Jvm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jvm</em>' attribute.
	 * @see #getJvm()
	 * @generated
	 */
	void setJvm(String value);

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of compute threads the run used; 0 when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threads</em>' attribute.
	 * @see #setThreads(int)
	 * @see org.losslandscape.model.LandscapePackage#getRun_Threads()
	 * @model
	 * @generated
	 */
	int getThreads();

	/**
	 * Sets the value of the '{@link org.losslandscape.model.Run#getThreads <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threads</em>' attribute.
	 * @see #getThreads()
	 * @generated
	 */
	void setThreads(int value);

	/**
	 * Returns the value of the '<em><b>Data Digests</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of every data file the run read (dataset and labels files), one 'HEX  PATH' line each as sha256sum writes them, the path relative to the experiment file. The model files are in the configuration snapshot's model source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Digests</em>' attribute list.
	 * @see org.losslandscape.model.LandscapePackage#getRun_DataDigests()
	 * @model
	 * @generated
	 */
	EList<String> getDataDigests();

} // Run
