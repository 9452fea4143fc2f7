/**
 * Small, open toolbox every module may use: configuration of the runtime (embedded database, data
 * directory, cache, rate limits), the web plumbing (RFC 9457 errors, request logs, SPA serving) and small
 * SQL helpers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.careeragent.shared;
