package dev.keel.core.model;

public enum HttpMethod {
    GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH, TRACE
}
