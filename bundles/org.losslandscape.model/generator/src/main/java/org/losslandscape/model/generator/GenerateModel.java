package org.losslandscape.model.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.codegen.ecore.genmodel.GenRuntimeVersion;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's code generator (the precompiled JET templates of org.eclipse.emf.codegen.ecore) in a plain JVM,
 * without Eclipse.
 *
 * <pre>
 * GenerateModel generate BUNDLE_DIR OUTPUT_DIR   model code of BUNDLE_DIR's model/*.genmodel into OUTPUT_DIR
 * GenerateModel init BUNDLE_DIR                  (re)create model/landscape.genmodel from the .ecore with the
 *                                                project's options (org.losslandscape.model only)
 * </pre>
 *
 * BUNDLE_DIR is a bundle folder, named as its symbolic name, with one {@code .genmodel} in {@code model/}: the
 * experiment model's, or that of a bundle whose EMF package extends it (its genmodel then names the experiment
 * model's genmodel among its used packages, by a relative path, and only its own package is generated). The
 * genmodel's directories are platform paths ({@code /BUNDLE/src-gen}); {@code generate} maps
 * {@code platform:/resource/BUNDLE/} to OUTPUT_DIR, so the generator writes a fresh tree there and never merges
 * into existing files. {@code generate.sh} then replaces the bundle's {@code src-gen/} with it.
 */
public final class GenerateModel {

    static final String PROJECT = "org.losslandscape.model";
    static final String GENMODEL = "model/landscape.genmodel";
    static final String ECORE = "model/landscape.ecore";

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("generate")) {
            System.exit(generate(Path.of(args[1]), Path.of(args[2])));
        } else if (args.length == 2 && args[0].equals("init")) {
            System.exit(init(Path.of(args[1])));
        } else {
            System.err.println("usage: GenerateModel generate BUNDLE_DIR OUTPUT_DIR | init BUNDLE_DIR");
            System.exit(2);
        }
    }

    /** Standalone registrations that Eclipse would make through plugin.xml files. */
    static ResourceSet resourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        EPackage.Registry packages = rs.getPackageRegistry();
        packages.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        packages.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        Map<String, Object> factories = rs.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
        return rs;
    }

    static int generate(Path bundleDir, Path outputDir) throws IOException {
        Path bundle = bundleDir.toAbsolutePath().normalize();
        Path out = outputDir.toAbsolutePath().normalize();
        Files.createDirectories(out);
        String project = bundle.getFileName().toString();
        Path genmodelFile;
        try (var files = Files.list(bundle.resolve("model"))) {
            List<Path> genmodels = files.filter(f -> f.toString().endsWith(".genmodel")).sorted().toList();
            if (genmodels.size() != 1) {
                System.err.println("expected one .genmodel in " + bundle.resolve("model") + ", found " + genmodels);
                return 1;
            }
            genmodelFile = genmodels.get(0);
        }

        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        ResourceSet rs = resourceSet();
        rs.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + project + "/", false),
                URI.createFileURI(out.toString() + "/"));
        Resource resource = rs.getResource(URI.createFileURI(genmodelFile.toString()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        EcoreUtil.resolveAll(rs);

        genModel.reconcile();
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            print(valid);
            return 1;
        }
        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);

        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        if (result.getSeverity() != Diagnostic.OK) {
            print(result);
        }
        return result.getSeverity() == Diagnostic.ERROR ? 1 : 0;
    }

    /** Writes model/landscape.genmodel for model/landscape.ecore; the result is checked in and edited from then on. */
    static int init(Path bundleDir) throws IOException {
        Path bundle = bundleDir.toAbsolutePath().normalize();
        ResourceSet rs = resourceSet();
        Resource ecore = rs.getResource(URI.createFileURI(bundle.resolve(ECORE).toString()), true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        Resource resource = rs.createResource(URI.createFileURI(bundle.resolve(GENMODEL).toString()));
        resource.getContents().add(genModel);
        genModel.initialize(List.of(ePackage));
        genModel.setModelName("Landscape");
        genModel.setModelPluginID(PROJECT);
        genModel.setModelDirectory("/" + PROJECT + "/src-gen");
        genModel.setModelPluginClass("");
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.getForeignModel().add("landscape.ecore");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        // not newer than the EMF runtime in the target platform
        genModel.setRuntimeVersion(GenRuntimeVersion.get("2.40"));
        genModel.setCopyrightText("Copyright (c) 2026 the Loss Landscape Workbench developers.\nSPDX-License-Identifier: EPL-2.0");
        genModel.setOperationReflection(true);
        genModel.setImportOrganizing(true);
        genModel.setCodeFormatting(false);

        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix("Landscape");
        genPackage.setBasePackage("org.losslandscape");
        genPackage.setResource(GenResourceKind.XMI_LITERAL);
        genPackage.setFileExtensions("landscape");
        genPackage.setContentTypeIdentifier("org.losslandscape.model.landscape");

        resource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
        System.out.println("wrote " + bundle.resolve(GENMODEL));
        return 0;
    }

    private static void print(Diagnostic d) {
        print(d, "");
    }

    private static void print(Diagnostic d, String indent) {
        String severity = switch (d.getSeverity()) {
            case Diagnostic.ERROR -> "ERROR";
            case Diagnostic.WARNING -> "WARNING";
            case Diagnostic.INFO -> "INFO";
            default -> "OK";
        };
        System.err.println(indent + severity + ": " + d.getMessage());
        if (d.getException() != null) {
            d.getException().printStackTrace();
        }
        for (Diagnostic child : d.getChildren()) {
            print(child, indent + "  ");
        }
    }
}
