import { parseDockerfile } from "dockerfile-eslint-parser";
import { describe, expect, it } from "vitest";
import { isArtifactStage, looksLikeBaseImage, looksLikeService } from "../../src/utils/dockerfile/image-role.js";
import { getStages } from "../../src/utils/dockerfile/stages.js";

const finalStage = (text: string) => {
  const stage = getStages(parseDockerfile(text)).at(-1);
  if (!stage) throw new Error("no stage");
  return stage;
};

describe("image role", () => {
  it("tells artifact exports from scratch images that run something", () => {
    expect(isArtifactStage(finalStage("FROM golang AS b\nRUN go build\nFROM scratch\nCOPY --from=b /app /app\n"))).toBe(true);
    expect(isArtifactStage(finalStage('FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]\n'))).toBe(false);
  });

  it("recognises services by EXPOSE, known servers and server base images, inherited", () => {
    expect(looksLikeService(finalStage("FROM alpine AS base\nEXPOSE 80\nFROM base\n"))).toBe(true);
    expect(looksLikeService(finalStage('FROM python:3.12\nCMD ["uvicorn", "app:app"]\n'))).toBe(true);
    expect(looksLikeService(finalStage('FROM ruby:3\nCMD ["bundle", "exec", "rails", "server"]\n'))).toBe(true);
    expect(looksLikeService(finalStage("FROM node:22\nCMD npm start\n"))).toBe(true);
    expect(looksLikeService(finalStage("ARG BASE=nginx:1.27\nFROM $BASE\nCOPY site /usr/share/nginx/html\n"))).toBe(true);
    expect(looksLikeService(finalStage('FROM alpine\nENTRYPOINT ["ffmpeg"]\n'))).toBe(false);
    expect(looksLikeService(finalStage('FROM python:3.12\nCMD ["python", "migrate.py"]\n'))).toBe(false);
  });

  it("recognises base images and tool boxes", () => {
    expect(looksLikeBaseImage(finalStage('FROM debian\nCMD ["bash"]\n'))).toBe(true);
    expect(looksLikeBaseImage(finalStage('FROM debian\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["node"]\n'))).toBe(true);
    expect(looksLikeBaseImage(finalStage("FROM buildpack-deps:bookworm\nRUN apt-get install -y golang\n"))).toBe(true);
    expect(looksLikeBaseImage(finalStage("FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n"))).toBe(false);
    expect(looksLikeBaseImage(finalStage('FROM node:22\nCMD ["node", "server.js"]\n'))).toBe(false);
    expect(looksLikeBaseImage(finalStage("FROM node:22\nEXPOSE 3000\n"))).toBe(false);
  });
});

describe("build commands", () => {
  it("tells build jobs from servers", async () => {
    const { isBuildCommand } = await import("../../src/utils/compose/command.js");
    expect(isBuildCommand(["make"])).toBe(true);
    expect(isBuildCommand(["go", "build", "./..."])).toBe(true);
    expect(isBuildCommand(["npm", "run", "build"])).toBe(true);
    expect(isBuildCommand(["sh", "-c", "npm ci && npm run build"])).toBe(true);
    expect(isBuildCommand(["sh", "-c", '"npm', "install", "&&", "npm", "run", 'dev"'])).toBe(false);
    expect(isBuildCommand(["npm", "start"])).toBe(false);
    expect(isBuildCommand(["python", "-m", "pytest"])).toBe(true);
    expect(isBuildCommand([])).toBe(false);
  });
});
