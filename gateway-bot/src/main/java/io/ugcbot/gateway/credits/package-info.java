/**
 * "My credits" (/balance and the Balance button): the balance with the latest grants and paid videos, a read model of
 * credits-service's CreditsGranted and CreditsCaptured events.
 */
package io.ugcbot.gateway.credits;
