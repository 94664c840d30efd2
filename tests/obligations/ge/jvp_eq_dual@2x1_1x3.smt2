; torchsmt obligation ge.jvp_eq_dual@2x1_1x3 (lemma, op ge, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2, 1), (1, 3)), off kinks
(set-info :source |torchsmt lemma ge.jvp_eq_dual@2x1_1x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let (($x27 (= 0.0 (ite (>= x0_0_0 x1_0_0) 0.0 0.0))))
(not $x27)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let (($x26 (= 0.0 (ite (>= x0_0_0 x1_0_1) 0.0 0.0))))
(not $x26)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let (($x25 (= 0.0 (ite (>= x0_0_0 x1_0_2) 0.0 0.0))))
(not $x25)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let (($x24 (= 0.0 (ite (>= x0_1_0 x1_0_0) 0.0 0.0))))
(not $x24)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let (($x23 (= 0.0 (ite (>= x0_1_0 x1_0_1) 0.0 0.0))))
(not $x23)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let (($x22 (= 0.0 (ite (>= x0_1_0 x1_0_2) 0.0 0.0))))
(not $x22)))
(check-sat)
