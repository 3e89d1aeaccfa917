/** fal.ai's queue API (submit, status, result, result files), shared by the services that call fal models. */
package io.ugcbot.kit.fal;
