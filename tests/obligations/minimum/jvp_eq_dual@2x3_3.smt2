; torchsmt obligation minimum.jvp_eq_dual@2x3_3 (lemma, op minimum, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2, 3), (3,)), off kinks
(set-info :source |torchsmt lemma minimum.jvp_eq_dual@2x3_3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun v1_0 () Real)
(declare-fun v0_0_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x73 (+ v1_0 (* (ite (>= x1_0 x0_0_0) 1.0 0.0) (- v0_0_0 v1_0)))))
(let (($x79 (= ?x73 (ite (< x0_0_0 x1_0) v0_0_0 v1_0))))
(not $x79))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun v1_1 () Real)
(declare-fun v0_0_1 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x74 (+ v1_1 (* (ite (>= x1_1 x0_0_1) 1.0 0.0) (- v0_0_1 v1_1)))))
(let (($x80 (= ?x74 (ite (< x0_0_1 x1_1) v0_0_1 v1_1))))
(not $x80))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun v1_2 () Real)
(declare-fun v0_0_2 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x75 (+ v1_2 (* (ite (>= x1_2 x0_0_2) 1.0 0.0) (- v0_0_2 v1_2)))))
(let (($x81 (= ?x75 (ite (< x0_0_2 x1_2) v0_0_2 v1_2))))
(not $x81))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun v1_0 () Real)
(declare-fun v0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x76 (+ v1_0 (* (ite (>= x1_0 x0_1_0) 1.0 0.0) (- v0_1_0 v1_0)))))
(let (($x82 (= ?x76 (ite (< x0_1_0 x1_0) v0_1_0 v1_0))))
(not $x82))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun v1_1 () Real)
(declare-fun v0_1_1 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x77 (+ v1_1 (* (ite (>= x1_1 x0_1_1) 1.0 0.0) (- v0_1_1 v1_1)))))
(let (($x83 (= ?x77 (ite (< x0_1_1 x1_1) v0_1_1 v1_1))))
(not $x83))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun v1_2 () Real)
(declare-fun v0_1_2 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x78 (+ v1_2 (* (ite (>= x1_2 x0_1_2) 1.0 0.0) (- v0_1_2 v1_2)))))
(let (($x84 (= ?x78 (ite (< x0_1_2 x1_2) v0_1_2 v1_2))))
(not $x84))))
(check-sat)
