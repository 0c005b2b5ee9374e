/** Administration: departments (and, later, users and settings). */
package nl.tweespoor.admin;
